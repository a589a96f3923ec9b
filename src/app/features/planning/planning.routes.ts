import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { HandoutPage } from './pages/handout-page';
import { PlanningPage } from './pages/planning-page';
import * as planningEffects from './state/planning.effects';
import { planningFeature } from './state/planning.feature';

/** Mounted under /decaan, /mentor and /beheer; `data.scope` ('school' | 'own') sets the wording. */
export default [
  {
    path: 'planning',
    providers: [provideState(planningFeature), provideEffects(planningEffects)],
    children: [
      { path: '', title: 'titles.planning', component: PlanningPage },
      { path: ':scheduleId/handout', title: 'titles.handout', component: HandoutPage },
    ],
  },
] satisfies Routes;
