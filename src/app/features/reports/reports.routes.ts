import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideKoersCharts } from '../../shared/charts/chart-setup';
import { ReportPage } from './pages/report-page';
import * as reportsEffects from './state/reports.effects';
import { reportsFeature } from './state/reports.feature';

/**
 * Mounted under /schoolleiding and /decaan: the school-year report (`?jaar=`), its downloads and
 * share links. Chart.js is registered here so it ships in this lazy chunk.
 */
export default [
  {
    path: 'jaarverslag',
    title: 'titles.report',
    providers: [provideState(reportsFeature), provideEffects(reportsEffects), provideKoersCharts()],
    component: ReportPage,
  },
] satisfies Routes;
