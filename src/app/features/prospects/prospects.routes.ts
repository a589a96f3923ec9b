import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { ProspectsPage } from './pages/prospects-page';
import * as prospectsEffects from './state/prospects.effects';
import { prospectsFeature } from './state/prospects.feature';

/** Mounted under /decaan and /beheer: prospect data, its import and the kansrijk rule (`?tab=`). */
export default [
  {
    path: 'arbeidsmarkt',
    title: 'titles.prospects',
    providers: [provideState(prospectsFeature), provideEffects(prospectsEffects)],
    component: ProspectsPage,
  },
] satisfies Routes;
