import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, filter, forkJoin, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { PlanningApi } from '../data/planning.api';
import { HandoutPageActions, PlanningApiActions, PlanningPageActions } from './planning.actions';

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

/** The lessons and classes to plan with; only for those who may plan (decaan, beheerder). */
export const loadOptions = createEffect(
  (actions$ = inject(Actions), api = inject(PlanningApi)) => {
    return actions$.pipe(
      ofType(PlanningPageActions.opened, PlanningPageActions.retryClicked),
      filter(({ canPlan }) => canPlan),
      switchMap(() =>
        forkJoin({ lessons: api.lessons(), classes: api.classes() }).pipe(
          map(({ lessons, classes }) => PlanningApiActions.optionsLoaded({ lessons, classes })),
          catchError((error: unknown) => of(PlanningApiActions.changeFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createSchedules = createEffect(
  (actions$ = inject(Actions), api = inject(PlanningApi)) => {
    return actions$.pipe(
      ofType(PlanningPageActions.planSubmitted),
      concatMap(({ request }) =>
        api.create(request).pipe(
          map((schedules) => PlanningApiActions.schedulesCreated({ schedules })),
          catchError((error: unknown) => of(PlanningApiActions.changeFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const deleteSchedule = createEffect(
  (actions$ = inject(Actions), api = inject(PlanningApi)) => {
    return actions$.pipe(
      ofType(PlanningPageActions.deleteClicked),
      concatMap(({ scheduleId }) =>
        api.delete(scheduleId).pipe(
          map(() => PlanningApiActions.scheduleDeleted({ scheduleId })),
          catchError((error: unknown) => of(PlanningApiActions.changeFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadHandout = createEffect(
  (actions$ = inject(Actions), api = inject(PlanningApi)) => {
    return actions$.pipe(
      ofType(HandoutPageActions.opened),
      switchMap(({ scheduleId }) =>
        api.get(scheduleId).pipe(
          map((schedule) => PlanningApiActions.scheduleLoaded({ schedule })),
          catchError((error: unknown) => of(PlanningApiActions.scheduleLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
