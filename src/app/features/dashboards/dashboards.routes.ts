import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideKoersCharts } from '../../shared/charts/chart-setup';
import { provideChoiceShiftLookups } from '../choice-shift/choice-shift.routes';
import { ChoiceShiftPanel } from '../choice-shift/pages/choice-shift-panel';
import * as choiceShiftEffects from '../choice-shift/state/choice-shift.effects';
import { choiceShiftFeature } from '../choice-shift/state/choice-shift.feature';
import { PLANNING_CHOICE_SHIFT_PANEL, PlanningDashboardPage } from './pages/planning-dashboard-page';
import * as dashboardsEffects from './state/dashboards.effects';
import { dashboardsFeature } from './state/dashboards.feature';

/**
 * Mounted under /decaan, /mentor and /beheer. Chart.js is registered here, in this lazy route's
 * providers, so it ships in this chunk and not in the initial bundle.
 */
export default [
  {
    path: 'planning/:scheduleId/resultaten',
    title: 'titles.planningDashboard',
    providers: [
      provideState(dashboardsFeature),
      provideEffects(dashboardsEffects),
      provideKoersCharts(),
      // The class's keuzeverschuiving in this planning comes from the choice-shift feature; its
      // effects inject the lookups, which must be provided wherever the effects may first register.
      provideState(choiceShiftFeature),
      provideEffects(choiceShiftEffects),
      provideChoiceShiftLookups(),
      { provide: PLANNING_CHOICE_SHIFT_PANEL, useValue: ChoiceShiftPanel },
    ],
    component: PlanningDashboardPage,
  },
] satisfies Routes;
