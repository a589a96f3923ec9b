import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, forkJoin, map, mergeMap, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { CHOICE_SHIFT_LOOKUPS, ChoiceShiftApi } from '../data/choice-shift.api';
import { scopeKey } from '../data/choice-shift-scope';
import { ChoiceShiftApiActions, ChoiceShiftPageActions, ChoiceShiftPanelActions } from './choice-shift.actions';

/** Each group loads on its own (several panels may be on one page); a newer request for the same group wins. */
export const loadReport = createEffect(
  (actions$ = inject(Actions), api = inject(ChoiceShiftApi)) => {
    const latest = new Map<string, number>();
    let counter = 0;
    return actions$.pipe(
      ofType(ChoiceShiftPanelActions.opened, ChoiceShiftPanelActions.retryClicked),
      mergeMap(({ scope }) => {
        const key = scopeKey(scope);
        const request = ++counter;
        latest.set(key, request);
        return api.report(scope).pipe(
          map((report) => ChoiceShiftApiActions.reportLoaded({ key, report })),
          catchError((error: unknown) => of(ChoiceShiftApiActions.reportLoadFailed({ key, error: toAppError(error) }))),
          filter(() => latest.get(key) === request),
        );
      }),
    );
  },
  { functional: true },
);

export const loadLookups = createEffect(
  (actions$ = inject(Actions), lookups = inject(CHOICE_SHIFT_LOOKUPS)) => {
    return actions$.pipe(
      ofType(ChoiceShiftPageActions.opened),
      switchMap(() =>
        forkJoin({ schedules: lookups.schedules(), classes: lookups.classes() }).pipe(
          map(({ schedules, classes }) => ChoiceShiftApiActions.lookupsLoaded({ schedules, classes })),
          catchError((error: unknown) => of(ChoiceShiftApiActions.lookupsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadPairings = createEffect(
  (actions$ = inject(Actions), api = inject(ChoiceShiftApi)) => {
    return actions$.pipe(
      ofType(ChoiceShiftPageActions.opened),
      filter(({ canPair }) => canPair),
      switchMap(() =>
        api.pairings().pipe(
          map((pairings) => ChoiceShiftApiActions.pairingsLoaded({ pairings })),
          catchError((error: unknown) => of(ChoiceShiftApiActions.pairingsLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createPairing = createEffect(
  (actions$ = inject(Actions), api = inject(ChoiceShiftApi)) => {
    return actions$.pipe(
      ofType(ChoiceShiftPageActions.pairingSubmitted),
      exhaustMap(({ input }) =>
        api.createPairing(input).pipe(
          map((pairing) => ChoiceShiftApiActions.pairingCreated({ pairing })),
          catchError((error: unknown) => of(ChoiceShiftApiActions.pairingCreateFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const deletePairing = createEffect(
  (actions$ = inject(Actions), api = inject(ChoiceShiftApi)) => {
    return actions$.pipe(
      ofType(ChoiceShiftPageActions.pairingDeleteConfirmed),
      mergeMap(({ id }) =>
        api.deletePairing(id).pipe(
          map(() => ChoiceShiftApiActions.pairingDeleted({ id })),
          catchError((error: unknown) => of(ChoiceShiftApiActions.pairingDeleteFailed({ id, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
