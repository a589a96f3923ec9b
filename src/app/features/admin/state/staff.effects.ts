import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { StaffApi } from '../data/staff.api';
import { StaffApiActions, StaffPageActions } from './staff.actions';

export const loadStaff = createEffect(
  (actions$ = inject(Actions), api = inject(StaffApi)) => {
    return actions$.pipe(
      ofType(StaffPageActions.opened, StaffPageActions.retryClicked),
      switchMap(() =>
        api.list().pipe(
          map((staff) => StaffApiActions.staffLoaded({ staff })),
          catchError((error: unknown) => of(StaffApiActions.staffLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
