import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { type SchedulerLike, asyncScheduler, catchError, concatMap, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { Notifier } from '../../../core/notify/notifier';
import { ProspectsApi } from '../data/prospects.api';
import { ProspectsApiActions, ProspectsPageActions } from './prospects.actions';
import { prospectsFeature } from './prospects.feature';

export const loadIndicators = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.opened, ProspectsPageActions.retryClicked, ProspectsPageActions.filtersChanged),
      // A newer filter wins: switchMap drops the answer to the older one.
      switchMap(({ filters }) =>
        api.indicators(filters).pipe(
          map(({ items }) => ProspectsApiActions.indicatorsLoaded({ indicators: items })),
          catchError((error: unknown) => of(ProspectsApiActions.indicatorsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** After a real import the table shows the new values. */
export const reloadIndicatorsAfterImport = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi), store = inject(Store)) => {
    return actions$.pipe(
      ofType(ProspectsApiActions.importReported),
      filter(({ report }) => report.imported),
      withLatestFrom(store.select(prospectsFeature.selectFilters)),
      switchMap(([, filters]) =>
        api.indicators(filters).pipe(
          map(({ items }) => ProspectsApiActions.indicatorsLoaded({ indicators: items })),
          catchError((error: unknown) => of(ProspectsApiActions.indicatorsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadImports = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.opened, ProspectsPageActions.retryClicked, ProspectsApiActions.importReported),
      filter((action) => action.type !== ProspectsApiActions.importReported.type || action.report.imported),
      switchMap(() =>
        api.imports().pipe(
          map(({ items }) => ProspectsApiActions.importsLoaded({ imports: items })),
          catchError((error: unknown) => of(ProspectsApiActions.importsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadRule = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.opened, ProspectsPageActions.retryClicked),
      switchMap(() =>
        api.rule().pipe(
          map((rule) => ProspectsApiActions.ruleLoaded({ rule })),
          catchError((error: unknown) => of(ProspectsApiActions.ruleLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Catalogue search for the opleiding of a hand-entered value; at least two letters. */
export const searchOpleidingen = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi), scheduler: SchedulerLike = asyncScheduler) => {
    return actions$.pipe(
      // Opening the dialog starts afresh, so the same letters search again.
      ofType(ProspectsPageActions.opleidingSearchChanged, ProspectsPageActions.entryDialogOpened),
      map((action) => ('query' in action ? action.query.trim() : '')),
      debounceTime(250, scheduler),
      distinctUntilChanged(),
      switchMap((query) =>
        query.length < 2
          ? of(ProspectsApiActions.opleidingenFound({ opleidingen: [] }))
          : api.searchOpleidingen(query).pipe(
              map(({ items }) => ProspectsApiActions.opleidingenFound({ opleidingen: items })),
              // A failed search is not worth an error message: the list stays empty.
              catchError(() => of(ProspectsApiActions.opleidingenFound({ opleidingen: [] }))),
            ),
      ),
    );
  },
  { functional: true },
);

export const createIndicator = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.indicatorSubmitted),
      concatMap(({ input }) =>
        api.createIndicator(input).pipe(
          map((indicator) => ProspectsApiActions.indicatorCreated({ indicator })),
          catchError((error: unknown) => of(ProspectsApiActions.indicatorCreateFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const withdrawIndicator = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.withdrawConfirmed),
      concatMap(({ indicatorId }) =>
        api.withdrawIndicator(indicatorId).pipe(
          map(() => ProspectsApiActions.indicatorWithdrawn({ indicatorId })),
          catchError((error: unknown) => of(ProspectsApiActions.indicatorWithdrawFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const importFile = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.importRequested),
      concatMap(({ request }) =>
        api.importFile(request).pipe(
          map((report) => ProspectsApiActions.importReported({ report })),
          catchError((error: unknown) => of(ProspectsApiActions.importFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeRule = createEffect(
  (actions$ = inject(Actions), api = inject(ProspectsApi)) => {
    return actions$.pipe(
      ofType(ProspectsPageActions.ruleChangeSubmitted),
      concatMap(({ change }) =>
        api.changeRule(change).pipe(
          map((rule) => ProspectsApiActions.ruleChanged({ rule })),
          catchError((error: unknown) => of(ProspectsApiActions.ruleChangeFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Short confirmations in a snackbar (read out by screen readers); failures stay on the page. */
export const tellOutcome = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(ProspectsApiActions.indicatorCreated, ProspectsApiActions.indicatorWithdrawn, ProspectsApiActions.ruleChanged),
      tap((action) => {
        if (action.type === ProspectsApiActions.indicatorCreated.type) notifier.message('prospects.entry.saved');
        else if (action.type === ProspectsApiActions.indicatorWithdrawn.type) notifier.message('prospects.withdraw.done');
        else notifier.message('prospects.rule.changed');
      }),
    );
  },
  { functional: true, dispatch: false },
);
