import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { anonymousGuard, roleGuard } from '../../core/auth/auth.guards';
import { StudentHomePage } from './pages/student-home-page';
import { StudentJoinPage } from './pages/student-join-page';
import * as studentJoinEffects from './state/student-join.effects';
import { studentJoinFeature } from './state/student-join.feature';

/** Rendered inside the student shell (core/shell). */
export default [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.studentJoin',
    canMatch: [anonymousGuard],
    providers: [provideState(studentJoinFeature), provideEffects(studentJoinEffects)],
    component: StudentJoinPage,
  },
  { path: 'start', title: 'titles.studentHome', canMatch: [roleGuard('leerling')], component: StudentHomePage },
] satisfies Routes;
