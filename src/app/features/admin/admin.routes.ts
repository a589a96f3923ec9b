import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { StaffPage } from './pages/staff-page';
import * as staffEffects from './state/staff.effects';
import { staffFeature } from './state/staff.feature';

export default [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.staff',
    providers: [provideState(staffFeature), provideEffects(staffEffects)],
    component: StaffPage,
  },
] satisfies Routes;
