import { TestBed } from '@angular/core/testing';
import { type Route, Router, type UrlSegment, type UrlTree, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { type Observable, firstValueFrom } from 'rxjs';
import { staffUser, studentUser } from '../../testing/fixtures';
import { anonymousGuard, homeRedirectGuard, roleGuard } from './auth.guards';
import { type AuthState, initialAuthState } from './state/auth.feature';

describe('auth guards', () => {
  let store: MockStore;

  const setAuth = (auth: Partial<AuthState>) => store.setState({ auth: { ...initialAuthState, ...auth } });
  const check = (guard: typeof anonymousGuard) =>
    firstValueFrom(
      TestBed.runInInjectionContext(() => guard({} as Route, [] as UrlSegment[])) as Observable<boolean | UrlTree>,
    );
  const url = (result: boolean | UrlTree) => (typeof result === 'boolean' ? result : TestBed.inject(Router).serializeUrl(result));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: { auth: initialAuthState } })] });
    store = TestBed.inject(MockStore);
  });

  it('waits for the session check before deciding', async () => {
    setAuth({ session: 'loading' });
    let decided = false;
    const decision = check(roleGuard('decaan')).then((result) => ((decided = true), result));
    await Promise.resolve();
    expect(decided).toBeFalse();

    setAuth({ session: 'loaded', user: staffUser(['decaan']) });
    expect(await decision).toBeTrue();
  });

  it('lets a user with the role in', async () => {
    setAuth({ session: 'loaded', user: staffUser(['mentor']) });
    expect(await check(roleGuard('mentor'))).toBeTrue();
  });

  it('sends a user without the role to their own home', async () => {
    setAuth({ session: 'loaded', user: staffUser(['mentor']) });
    expect(url(await check(roleGuard('decaan')))).toBe('/mentor');
  });

  it('sends an anonymous visitor to the staff sign-in page', async () => {
    setAuth({ session: 'loaded', user: null });
    expect(url(await check(roleGuard('decaan')))).toMatch(/^\/inloggen/);
  });

  it('sends a signed-in user away from the sign-in pages to their home', async () => {
    setAuth({ session: 'loaded', user: studentUser() });
    expect(url(await check(anonymousGuard))).toBe('/leerling/start');
  });

  it('lets an anonymous visitor open the sign-in pages, also when the session check failed', async () => {
    setAuth({ session: 'failed', user: null });
    expect(await check(anonymousGuard)).toBeTrue();
  });

  it('takes "/" to the home of the signed-in user, or to sign-in', async () => {
    setAuth({ session: 'loaded', user: staffUser(['schoolleiding']) });
    expect(url(await check(homeRedirectGuard))).toBe('/schoolleiding');
    setAuth({ session: 'loaded', user: null });
    expect(url(await check(homeRedirectGuard))).toBe('/inloggen');
  });
});
