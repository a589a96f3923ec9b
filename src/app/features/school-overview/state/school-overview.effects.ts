import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { SchoolOverviewApi } from '../data/school-overview.api';
import { SchoolOverviewApiActions, SchoolOverviewPageActions } from './school-overview.actions';

export const loadOverview = createEffect(
  (actions$ = inject(Actions), api = inject(SchoolOverviewApi)) => {
    return actions$.pipe(
      ofType(SchoolOverviewPageActions.opened, SchoolOverviewPageActions.retryClicked),
      switchMap(() =>
        api.get().pipe(
          map((overview) => SchoolOverviewApiActions.overviewLoaded({ overview })),
          catchError((error: unknown) => of(SchoolOverviewApiActions.overviewLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
