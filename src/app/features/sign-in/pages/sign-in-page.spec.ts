import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SignInPageActions } from '../../../core/auth/state/auth.actions';
import { type AuthState, initialAuthState } from '../../../core/auth/state/auth.feature';
import { LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { appError } from '../../../testing/fixtures';
import { SignInForm } from '../ui/sign-in-form';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let store: MockStore;

  async function render(auth: Partial<AuthState> = {}) {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { auth: { ...initialAuthState, session: 'loaded', ...auth } } })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(SignInPage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('has one h1 and a link for students', async () => {
    const { element } = await render();
    expect(element.querySelectorAll('h1').length).toBe(1);
    expect(element.querySelector('a[href="/leerling"]')?.textContent).toContain('Ben je leerling? Ga naar je les');
  });

  it('dispatches the submitted credentials', async () => {
    const { fixture } = await render();
    const credentials = { email: 'mentor@demo.koers.nl', password: 'koers-demo' };
    fixture.debugElement.query((node) => node.componentInstance instanceof SignInForm).componentInstance.submitted.emit(credentials);
    expect(store.dispatch).toHaveBeenCalledWith(SignInPageActions.signInSubmitted({ credentials }));
  });

  it('shows the wait time after too many attempts', async () => {
    const { element } = await render({ signInError: appError('rate_limited', { status: 429, retryAfterSeconds: 30 }) });
    expect(element.textContent).toContain('Te veel pogingen achter elkaar. Wacht 30 seconden');
  });

  it('offers to retry when the session check could not reach the server', async () => {
    const { element } = await render({ session: 'failed', sessionError: appError('unavailable', { status: 0 }) });
    const retry = [...element.querySelectorAll('button')].find((button) => button.textContent?.includes('Opnieuw proberen'));
    retry?.click();
    expect(store.dispatch).toHaveBeenCalledWith(SignInPageActions.sessionRetryClicked());
  });
});
