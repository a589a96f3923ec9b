import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { toAppError } from '../../http/app-error';
import { Notifier } from '../../notify/notifier';
import { AuthApi } from '../data/auth.api';
import { homePathFor, safeReturnUrl, signInPathFor } from '../role-home';
import { AppActions, AuthApiActions, HttpActions, ShellActions, SignInPageActions } from './auth.actions';

export const loadSession = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(AppActions.started, SignInPageActions.sessionRetryClicked, AuthApiActions.signedOut),
      switchMap(() =>
        api.session().pipe(
          map((user) => AuthApiActions.sessionLoaded({ user })),
          catchError((error: unknown) => of(AuthApiActions.sessionLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(SignInPageActions.signInSubmitted),
      exhaustMap(({ credentials }) =>
        api.signIn(credentials).pipe(
          map((user) => AuthApiActions.signInSucceeded({ user })),
          catchError((error: unknown) => of(AuthApiActions.signInFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** After any sign-in (staff or student): back to where the guard stopped the user, or home. */
export const navigateAfterSignIn = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signInSucceeded),
      tap(({ user }) => {
        const returnUrl = safeReturnUrl(router.routerState.snapshot.root.queryParamMap.get('returnUrl'));
        void router.navigateByUrl(returnUrl ?? homePathFor(user));
      }),
    );
  },
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(ShellActions.signOutClicked),
      exhaustMap(() =>
        api.signOut().pipe(
          map(() => AuthApiActions.signedOut()),
          catchError((error: unknown) => of(AuthApiActions.signOutFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const navigateAfterSignOut = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signedOut),
      tap(() => void router.navigateByUrl(signInPathFor(router.url))),
    );
  },
  { functional: true, dispatch: false },
);

export const notifySignOutFailed = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signOutFailed),
      tap(({ error }) => notifier.error(error)),
    );
  },
  { functional: true, dispatch: false },
);

export const redirectWhenSessionExpired = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(HttpActions.sessionExpired),
      tap(() => {
        notifier.message('errors.sessionExpired');
        const url = router.url;
        const signInPath = signInPathFor(url);
        void router.navigate([signInPath], { queryParams: signInPath === url ? {} : { returnUrl: url } });
      }),
    );
  },
  { functional: true, dispatch: false },
);
