import type { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as playerEffects from './state/player.effects';
import { playerFeature } from './state/player.feature';

/** The player's NgRx feature, for every route that shows lessons to play or preview. */
export const providePlayer = (): EnvironmentProviders[] => [provideState(playerFeature), provideEffects(playerEffects)];
