import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, filter, map, mergeMap, of } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { DashboardsApi } from '../data/dashboards.api';
import { DashboardsApiActions, PlanningDashboardPageActions } from './dashboards.actions';

/** Each planning loads on its own; for the same planning a newer request wins over an older answer. */
export const loadPlanningDashboard = createEffect(
  (actions$ = inject(Actions), api = inject(DashboardsApi)) => {
    const latest = new Map<string, number>();
    let counter = 0;
    return actions$.pipe(
      ofType(PlanningDashboardPageActions.opened, PlanningDashboardPageActions.retryClicked),
      mergeMap(({ scheduleId }) => {
        const request = ++counter;
        latest.set(scheduleId, request);
        return api.planning(scheduleId).pipe(
          map((dashboard) => DashboardsApiActions.planningDashboardLoaded({ scheduleId, dashboard })),
          catchError((error: unknown) => of(DashboardsApiActions.planningDashboardLoadFailed({ scheduleId, error: toAppError(error) }))),
          filter(() => latest.get(scheduleId) === request),
        );
      }),
    );
  },
  { functional: true },
);
