import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, mergeMap, of, switchMap, tap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { Notifier } from '../../../core/notify/notifier';
import { ReportsApi } from '../data/reports.api';
import { ReportPageActions, ReportsApiActions, SharedReportPageActions } from './reports.actions';

export const loadReport = createEffect(
  (actions$ = inject(Actions), api = inject(ReportsApi)) => {
    return actions$.pipe(
      ofType(ReportPageActions.yearSelected, ReportPageActions.reportRetryClicked),
      // A newer year wins: switchMap drops the answer for the older one.
      switchMap(({ schoolYear }) =>
        api.schoolYear(schoolYear).pipe(
          map((report) => ReportsApiActions.reportLoaded({ schoolYear, report })),
          catchError((error: unknown) => of(ReportsApiActions.reportLoadFailed({ schoolYear, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadShares = createEffect(
  (actions$ = inject(Actions), api = inject(ReportsApi)) => {
    return actions$.pipe(
      // After a failed revocation (e.g. someone else revoked it already) the list is reloaded to show the truth.
      ofType(ReportPageActions.opened, ReportPageActions.sharesRetryClicked, ReportsApiActions.shareRevokeFailed),
      switchMap(() =>
        api.shares().pipe(
          map(({ items }) => ReportsApiActions.sharesLoaded({ shares: items })),
          catchError((error: unknown) => of(ReportsApiActions.sharesLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createShare = createEffect(
  (actions$ = inject(Actions), api = inject(ReportsApi)) => {
    return actions$.pipe(
      ofType(ReportPageActions.shareSubmitted),
      // One link per click: a second click while the first is on its way is ignored.
      exhaustMap(({ input }) =>
        api.createShare(input).pipe(
          map((share) => ReportsApiActions.shareCreated({ share })),
          catchError((error: unknown) => of(ReportsApiActions.shareCreateFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const revokeShare = createEffect(
  (actions$ = inject(Actions), api = inject(ReportsApi), clock: () => Date = () => new Date()) => {
    return actions$.pipe(
      ofType(ReportPageActions.revokeConfirmed),
      mergeMap(({ shareId }) =>
        api.revokeShare(shareId).pipe(
          map(() => ReportsApiActions.shareRevoked({ shareId, revokedAt: clock().toISOString() })),
          catchError((error: unknown) => of(ReportsApiActions.shareRevokeFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const notifyRevoke = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(ReportsApiActions.shareRevoked, ReportsApiActions.shareRevokeFailed),
      tap((action) => (action.type === ReportsApiActions.shareRevoked.type ? notifier.message('reports.share.list.revokeDone') : notifier.error(action.error))),
    );
  },
  { functional: true, dispatch: false },
);

export const loadSharedReport = createEffect(
  (actions$ = inject(Actions), api = inject(ReportsApi)) => {
    return actions$.pipe(
      ofType(SharedReportPageActions.opened, SharedReportPageActions.retryClicked),
      switchMap(({ token }) =>
        api.shared(token).pipe(
          map((report) => ReportsApiActions.sharedReportLoaded({ report })),
          catchError((error: unknown) => of(ReportsApiActions.sharedReportLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
