import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { SchoolOverviewPage } from './pages/school-overview-page';
import * as schoolOverviewEffects from './state/school-overview.effects';
import { schoolOverviewFeature } from './state/school-overview.feature';

export default [
  {
    path: '',
    title: 'titles.schoolOverview',
    providers: [provideState(schoolOverviewFeature), provideEffects(schoolOverviewEffects)],
    component: SchoolOverviewPage,
  },
] satisfies Routes;
