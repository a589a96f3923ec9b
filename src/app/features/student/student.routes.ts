import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { anonymousGuard, roleGuard } from '../../core/auth/auth.guards';
import { LessonPlayerPage } from '../player/pages/lesson-player-page';
import { StudentLessonsPage } from '../player/pages/student-lessons-page';
import { providePlayer } from '../player/player.providers';
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
  {
    path: '',
    canMatch: [roleGuard('leerling')],
    providers: [providePlayer()],
    children: [
      { path: 'start', title: 'titles.studentHome', component: StudentLessonsPage },
      { path: 'les/:code', title: 'titles.lessonPlayer', component: LessonPlayerPage },
    ],
  },
] satisfies Routes;
