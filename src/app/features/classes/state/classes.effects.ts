import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { ClassesApi } from '../data/classes.api';
import { ClassDetailPageActions, ClassOverviewPageActions, ClassesApiActions } from './classes.actions';

export const loadClasses = createEffect(
  (actions$ = inject(Actions), api = inject(ClassesApi)) => {
    return actions$.pipe(
      ofType(ClassOverviewPageActions.opened, ClassOverviewPageActions.retryClicked),
      switchMap(() =>
        api.list().pipe(
          map((classes) => ClassesApiActions.classesLoaded({ classes })),
          catchError((error: unknown) => of(ClassesApiActions.classesLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadClass = createEffect(
  (actions$ = inject(Actions), api = inject(ClassesApi)) => {
    return actions$.pipe(
      ofType(ClassDetailPageActions.opened, ClassDetailPageActions.retryClicked),
      switchMap(({ classId }) =>
        api.get(classId).pipe(
          map((detail) => ClassesApiActions.classLoaded({ detail })),
          catchError((error: unknown) => of(ClassesApiActions.classLoadFailed({ classId, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
