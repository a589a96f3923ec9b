import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { SchoolDashboardApi } from '../data/school-dashboard.api';
import { SchoolDashboardApiActions, SchoolDashboardPageActions } from './school-dashboard.actions';

/** Loads the dashboard for the URL's filters; newer filters cancel an answer still on its way. */
export const loadSchoolDashboard = createEffect(
  (actions$ = inject(Actions), api = inject(SchoolDashboardApi)) => {
    return actions$.pipe(
      ofType(SchoolDashboardPageActions.opened, SchoolDashboardPageActions.filtersChanged, SchoolDashboardPageActions.retryClicked),
      switchMap(({ filters }) =>
        api.school(filters).pipe(
          map((dashboard) => SchoolDashboardApiActions.dashboardLoaded({ filters, dashboard })),
          catchError((error: unknown) => of(SchoolDashboardApiActions.dashboardLoadFailed({ filters, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The school's plannings (to name the plannings behind each figure): on each visit, and again on retry. */
export const loadPlannings = createEffect(
  (actions$ = inject(Actions), api = inject(SchoolDashboardApi)) => {
    return actions$.pipe(
      ofType(SchoolDashboardPageActions.opened, SchoolDashboardPageActions.retryClicked),
      switchMap(() =>
        api.schedules().pipe(
          map((schedules) => SchoolDashboardApiActions.planningsLoaded({ schedules })),
          catchError((error: unknown) => of(SchoolDashboardApiActions.planningsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
