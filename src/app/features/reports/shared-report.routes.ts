import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideKoersCharts } from '../../shared/charts/chart-setup';
import { SharedReportPage } from './pages/shared-report-page';
import * as reportsEffects from './state/reports.effects';
import { reportsFeature } from './state/reports.feature';

/** `/gedeeld/verslag/:token`: no sign-in, no staff shell; only the public shared-report API. */
export default [
  {
    path: '',
    title: 'titles.sharedReport',
    providers: [provideState(reportsFeature), provideEffects(reportsEffects), provideKoersCharts()],
    component: SharedReportPage,
  },
] satisfies Routes;
