import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { LessonPlayerPage } from '../player/pages/lesson-player-page';
import { providePlayer } from '../player/player.providers';
import { LessonBuilderPage } from './pages/lesson-builder-page';
import { LessonListPage } from './pages/lesson-list-page';
import * as lessonsEffects from './state/lessons.effects';
import { lessonsFeature } from './state/lessons.feature';

/** Mounted under /decaan and /beheer. */
export default [
  {
    path: 'lessen',
    providers: [provideState(lessonsFeature), provideEffects(lessonsEffects)],
    children: [
      { path: '', title: 'titles.lessons', component: LessonListPage },
      { path: 'nieuw', title: 'titles.lessonNew', component: LessonBuilderPage },
      { path: ':lessonId', title: 'titles.lessonBuilder', component: LessonBuilderPage },
      { path: ':lessonId/voorbeeld', title: 'titles.lessonPreview', providers: [providePlayer()], component: LessonPlayerPage },
    ],
  },
] satisfies Routes;
