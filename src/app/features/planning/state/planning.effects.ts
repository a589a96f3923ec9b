import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { PlanningApi } from '../data/planning.api';
import { PlanningApiActions, PlanningPageActions } from './planning.actions';

export const loadSchedules = createEffect(
  (actions$ = inject(Actions), api = inject(PlanningApi)) => {
    return actions$.pipe(
      ofType(PlanningPageActions.opened, PlanningPageActions.retryClicked),
      switchMap(() =>
        api.list().pipe(
          map((schedules) => PlanningApiActions.schedulesLoaded({ schedules })),
          catchError((error: unknown) => of(PlanningApiActions.schedulesLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
