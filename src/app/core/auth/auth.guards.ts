import { inject } from '@angular/core';
import { type CanMatchFn, Router, type UrlTree } from '@angular/router';
import { type Role, type SessionUser, hasRole } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { type Observable, filter, map, switchMap, take } from 'rxjs';
import { homePathFor, signInPathFor } from './role-home';
import { authFeature } from './state/auth.feature';

/** The signed-in user (or null) once the first session check has answered. */
function resolvedUser(): Observable<SessionUser | null> {
  const store = inject(Store);
  return store.select(authFeature.selectSessionResolved).pipe(
    filter(Boolean),
    take(1),
    switchMap(() => store.select(authFeature.selectUser).pipe(take(1))),
  );
}

/** Not signed in: to the matching sign-in page, remembering where the user wanted to go. */
function toSignIn(router: Router): UrlTree {
  const target = router.currentNavigation()?.extractedUrl.toString() ?? router.url;
  const signInPath = signInPathFor(target);
  return router.createUrlTree([signInPath], target === '/' ? {} : { queryParams: { returnUrl: target } });
}

/** Lets the route match for users holding `role`; others go home, anonymous users to sign-in. */
export function roleGuard(role: Role): CanMatchFn {
  return () => {
    const router = inject(Router);
    return resolvedUser().pipe(
      map((user) => {
        if (!user) return toSignIn(router);
        return hasRole(user, role) ? true : router.parseUrl(homePathFor(user));
      }),
    );
  };
}

/** Sign-in pages are for anonymous users; a signed-in user goes home. */
export const anonymousGuard: CanMatchFn = () => {
  const router = inject(Router);
  return resolvedUser().pipe(map((user) => (user ? router.parseUrl(homePathFor(user)) : true)));
};

/** `/`: home of the signed-in user, else the staff sign-in page. */
export const homeRedirectGuard: CanMatchFn = () => {
  const router = inject(Router);
  return resolvedUser().pipe(map((user) => router.parseUrl(user ? homePathFor(user) : signInPathFor('/'))));
};
