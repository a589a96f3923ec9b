import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { isProblem } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { HttpActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';

/**
 * A 401 `unauthenticated` while someone is signed in means the session ended on the server
 * (expired, signed out elsewhere): report it once so the app returns to sign-in. The error still
 * reaches the caller, which shows it where the request was made.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isProblem(error.error) &&
        error.error.code === 'unauthenticated' &&
        store.selectSignal(authFeature.selectUser)()
      ) {
        store.dispatch(HttpActions.sessionExpired());
      }
      return throwError(() => error);
    }),
  );
};
