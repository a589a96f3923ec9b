import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { toAppError } from '../../../core/http/app-error';
import { PlayerApi } from '../data/player.api';
import { ResumeMemory } from '../data/resume-memory';
import { LessonPlayerPageActions, PlayerApiActions, StudentLessonsPageActions } from './player.actions';
import { playerFeature } from './player.feature';

export const loadLessons = createEffect(
  (actions$ = inject(Actions), api = inject(PlayerApi)) => {
    return actions$.pipe(
      ofType(StudentLessonsPageActions.opened, StudentLessonsPageActions.retryClicked),
      switchMap(() =>
        api.lessons().pipe(
          map((lessons) => PlayerApiActions.lessonsLoaded({ lessons })),
          catchError((error: unknown) => of(PlayerApiActions.lessonsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadLesson = createEffect(
  (actions$ = inject(Actions), api = inject(PlayerApi), memory = inject(ResumeMemory), store = inject(Store)) => {
    return actions$.pipe(
      ofType(LessonPlayerPageActions.opened),
      withLatestFrom(store.select(authFeature.selectUser)),
      switchMap(([{ code }, user]) =>
        api.lesson(code).pipe(
          map((lesson) =>
            PlayerApiActions.lessonLoaded({ lesson, preview: false, completedLocally: user ? memory.completedSteps(user.id, lesson.scheduleId) : [] }),
          ),
          catchError((error: unknown) => of(PlayerApiActions.lessonLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadPreview = createEffect(
  (actions$ = inject(Actions), api = inject(PlayerApi)) => {
    return actions$.pipe(
      ofType(LessonPlayerPageActions.previewOpened),
      switchMap(({ lessonId, version }) =>
        api.preview(lessonId, version).pipe(
          map((lesson) => PlayerApiActions.lessonLoaded({ lesson, preview: true, completedLocally: [] })),
          catchError((error: unknown) => of(PlayerApiActions.lessonLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Finished steps are remembered on the device, so a reload while offline resumes correctly. */
export const rememberProgress = createEffect(
  (actions$ = inject(Actions), memory = inject(ResumeMemory), store = inject(Store)) => {
    return actions$.pipe(
      ofType(LessonPlayerPageActions.stepCompleted),
      withLatestFrom(store.select(authFeature.selectUser), store.select(playerFeature.selectLesson), store.select(playerFeature.selectCompleted), store.select(playerFeature.selectPreview)),
      tap(([, user, lesson, completed, preview]) => {
        if (user && lesson && !preview) memory.remember(user.id, lesson.scheduleId, completed);
      }),
    );
  },
  { functional: true, dispatch: false },
);
