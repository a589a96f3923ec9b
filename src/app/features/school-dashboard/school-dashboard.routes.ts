import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideKoersCharts } from '../../shared/charts/chart-setup';
import { SchoolDashboardPage } from './pages/school-dashboard-page';
import * as schoolDashboardEffects from './state/school-dashboard.effects';
import { schoolDashboardFeature } from './state/school-dashboard.feature';

/**
 * Mounted under /decaan. Chart.js is registered here, in this lazy route's providers, so it ships
 * in this chunk and not in the initial bundle.
 */
export default [
  {
    path: 'overzicht',
    title: 'titles.schoolDashboard',
    providers: [provideState(schoolDashboardFeature), provideEffects(schoolDashboardEffects), provideKoersCharts()],
    component: SchoolDashboardPage,
  },
] satisfies Routes;
