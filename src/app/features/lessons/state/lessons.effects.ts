import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { Notifier } from '../../../core/notify/notifier';
import { LessonsApi } from '../data/lessons.api';
import { toRequest } from './lesson-draft';
import { LessonBuilderPageActions, LessonListPageActions, LessonsApiActions } from './lessons.actions';
import { lessonsFeature } from './lessons.feature';

export const loadLessons = createEffect(
  (actions$ = inject(Actions), api = inject(LessonsApi)) => {
    return actions$.pipe(
      ofType(LessonListPageActions.opened, LessonListPageActions.retryClicked),
      switchMap(() =>
        api.list().pipe(
          map((lessons) => LessonsApiActions.lessonsLoaded({ lessons })),
          catchError((error: unknown) => of(LessonsApiActions.lessonsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadLesson = createEffect(
  (actions$ = inject(Actions), api = inject(LessonsApi)) => {
    return actions$.pipe(
      ofType(LessonBuilderPageActions.opened),
      filter(({ lessonId }) => lessonId !== null),
      switchMap(({ lessonId }) =>
        api.get(lessonId ?? '').pipe(
          map((detail) => LessonsApiActions.lessonLoaded({ detail })),
          catchError((error: unknown) => of(LessonsApiActions.lessonLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadModules = createEffect(
  (actions$ = inject(Actions), api = inject(LessonsApi)) => {
    return actions$.pipe(
      ofType(LessonBuilderPageActions.opened),
      switchMap(() =>
        api.publishedModules().pipe(
          map((modules) => LessonsApiActions.modulesLoaded({ modules })),
          catchError(() => of(LessonsApiActions.modulesLoaded({ modules: [] }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveLesson = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(LessonsApi)) => {
    return actions$.pipe(
      ofType(LessonBuilderPageActions.saveClicked),
      withLatestFrom(store.select(lessonsFeature.selectLessonId), store.select(lessonsFeature.selectDraft)),
      concatMap(([, lessonId, draft]) =>
        (lessonId ? api.save(lessonId, toRequest(draft)) : api.create(toRequest(draft))).pipe(
          map((detail) => LessonsApiActions.lessonSaved({ detail, created: lessonId === null })),
          catchError((error: unknown) => of(LessonsApiActions.lessonSaveFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Reordering a saved lesson is saved at once (optimistic: the list has already moved). When the
 * server refuses, the step goes back and the user is told why.
 */
export const saveReorder = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(LessonsApi)) => {
    return actions$.pipe(
      ofType(LessonBuilderPageActions.stepMoved),
      withLatestFrom(store.select(lessonsFeature.selectLessonId), store.select(lessonsFeature.selectDraft)),
      filter(([, lessonId]) => lessonId !== null),
      concatMap(([{ from, to }, lessonId, draft]) =>
        api.save(lessonId ?? '', toRequest(draft)).pipe(
          map((detail) => LessonsApiActions.lessonSaved({ detail, created: false })),
          catchError((error: unknown) => of(LessonsApiActions.stepMoveRefused({ from, to, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const tellMoveRefused = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(LessonsApiActions.stepMoveRefused),
      tap(({ error }) => notifier.error(error)),
    );
  },
  { functional: true, dispatch: false },
);

export const duplicateLesson = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(LessonsApi)) => {
    return actions$.pipe(
      ofType(LessonBuilderPageActions.duplicateClicked),
      withLatestFrom(store.select(lessonsFeature.selectLessonId)),
      filter(([, lessonId]) => lessonId !== null),
      concatMap(([, lessonId]) =>
        api.duplicate(lessonId ?? '').pipe(
          map((detail) => LessonsApiActions.lessonDuplicated({ detail })),
          catchError((error: unknown) => of(LessonsApiActions.lessonSaveFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** A new lesson, once saved, and a duplicate continue in the builder at their own address. */
export const openSavedLesson = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(LessonsApiActions.lessonSaved, LessonsApiActions.lessonDuplicated),
      filter((action) => action.type === LessonsApiActions.lessonDuplicated.type || action.created),
      tap(({ detail }) => void router.navigateByUrl(router.url.replace(/\/lessen\/[^/?]+(\?.*)?$/, `/lessen/${detail.id}`))),
    );
  },
  { functional: true, dispatch: false },
);
