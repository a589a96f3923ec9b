import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PlanningPage } from './pages/planning-page';
import * as planningEffects from './state/planning.effects';
import { planningFeature } from './state/planning.feature';

/** Mounted under /decaan, /mentor and /beheer; `data.scope` ('school' | 'own') sets the wording. */
export default [
  {
    path: 'planning',
    title: 'titles.planning',
    providers: [provideState(planningFeature), provideEffects(planningEffects)],
    component: PlanningPage,
  },
] satisfies Routes;
