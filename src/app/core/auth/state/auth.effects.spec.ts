import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, firstValueFrom, of, throwError } from 'rxjs';
import { staffUser, studentUser } from '../../../testing/fixtures';
import { Notifier } from '../../notify/notifier';
import { AuthApi } from '../data/auth.api';
import { AppActions, AuthApiActions, HttpActions, SignInPageActions } from './auth.actions';
import * as effects from './auth.effects';

describe('auth effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;
  let notifier: jasmine.SpyObj<Notifier>;
  let queryReturnUrl: string | null;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['session', 'signIn', 'signOut', 'studentSignIn']);
    queryReturnUrl = null;
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl', 'navigate'], {
      url: '/decaan/klassen',
      routerState: { snapshot: { root: { queryParamMap: { get: () => queryReturnUrl } } } } as unknown as Router['routerState'],
    });
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['error', 'message']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$ as Observable<Action>),
        { provide: AuthApi, useValue: api },
        { provide: Router, useValue: router },
        { provide: Notifier, useValue: notifier },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('loads the session when the app starts', async () => {
    const user = staffUser();
    api.session.and.returnValue(of(user));
    actions$.next(AppActions.started());
    expect(await firstValueFrom(run(effects.loadSession))).toEqual(AuthApiActions.sessionLoaded({ user }));
  });

  it('reports a session check that could not reach the server as unavailable', async () => {
    api.session.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions$.next(AppActions.started());
    const action = await firstValueFrom(run(effects.loadSession));
    expect(action.type).toBe(AuthApiActions.sessionLoadFailed.type);
    expect((action as ReturnType<typeof AuthApiActions.sessionLoadFailed>).error.code).toBe('unavailable');
  });

  it('signs staff in with the submitted credentials', async () => {
    const user = staffUser();
    const credentials = { email: 'decaan@demo.koers.nl', password: 'koers-demo' };
    api.signIn.and.returnValue(of(user));
    actions$.next(SignInPageActions.signInSubmitted({ credentials }));
    expect(await firstValueFrom(run(effects.signIn))).toEqual(AuthApiActions.signInSucceeded({ user }));
    expect(api.signIn).toHaveBeenCalledWith(credentials);
  });

  it('turns a wrong password into an invalid_credentials error', async () => {
    api.signIn.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 401, error: { status: 401, code: 'invalid_credentials' } })),
    );
    actions$.next(SignInPageActions.signInSubmitted({ credentials: { email: 'a@b.nl', password: 'nope' } }));
    const action = (await firstValueFrom(run(effects.signIn))) as ReturnType<typeof AuthApiActions.signInFailed>;
    expect(action.error.code).toBe('invalid_credentials');
  });

  it('sends staff to the home of their first role after sign-in', async () => {
    actions$.next(AuthApiActions.signInSucceeded({ user: staffUser(['mentor', 'decaan']) }));
    await firstValueFrom(run(effects.navigateAfterSignIn));
    expect(router.navigateByUrl).toHaveBeenCalledWith('/mentor');
  });

  it('returns to the page the guard stopped, but only within the app', async () => {
    queryReturnUrl = '/decaan/klassen/class-1';
    actions$.next(AuthApiActions.signInSucceeded({ user: staffUser() }));
    await firstValueFrom(run(effects.navigateAfterSignIn));
    expect(router.navigateByUrl).toHaveBeenCalledWith('/decaan/klassen/class-1');

    queryReturnUrl = '//evil.example/phish';
    actions$.next(AuthApiActions.signInSucceeded({ user: staffUser() }));
    await firstValueFrom(run(effects.navigateAfterSignIn));
    expect(router.navigateByUrl).toHaveBeenCalledWith('/decaan');
  });

  it('sends a student to the student home after sign-in', async () => {
    actions$.next(AuthApiActions.signInSucceeded({ user: studentUser() }));
    await firstValueFrom(run(effects.navigateAfterSignIn));
    expect(router.navigateByUrl).toHaveBeenCalledWith('/leerling/start');
  });

  it('tells the user and returns to sign-in when the session expired', async () => {
    actions$.next(HttpActions.sessionExpired());
    await firstValueFrom(run(effects.redirectWhenSessionExpired));
    expect(notifier.message).toHaveBeenCalledWith('errors.sessionExpired');
    expect(router.navigate).toHaveBeenCalledWith(['/inloggen'], { queryParams: { returnUrl: '/decaan/klassen' } });
  });

  it('shows a snackbar when signing out fails', async () => {
    const error = { code: 'unavailable', status: 0, retryAfterSeconds: null, fieldErrors: [] } as const;
    actions$.next(AuthApiActions.signOutFailed({ error }));
    await firstValueFrom(run(effects.notifySignOutFailed));
    expect(notifier.error).toHaveBeenCalledWith(error);
  });
});
