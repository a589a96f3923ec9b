import { appError, staffUser, studentUser } from '../../../testing/fixtures';
import { AppActions, AuthApiActions, HttpActions, SignInPageActions } from './auth.actions';
import { type AuthState, authFeature, initialAuthState } from './auth.feature';

const { reducer } = authFeature;

describe('auth feature', () => {
  it('marks the session as loading when the app starts', () => {
    expect(reducer(initialAuthState, AppActions.started()).session).toBe('loading');
  });

  it('keeps the user of a loaded session', () => {
    const user = staffUser();
    const state = reducer(initialAuthState, AuthApiActions.sessionLoaded({ user }));
    expect(state).toEqual(jasmine.objectContaining({ user, session: 'loaded' }));
  });

  it('resolves a failed session check as signed out, with the error', () => {
    const error = appError('unavailable', { status: 0 });
    const state = reducer(initialAuthState, AuthApiActions.sessionLoadFailed({ error }));
    expect(state).toEqual(jasmine.objectContaining({ user: null, session: 'failed', sessionError: error }));
  });

  it('clears an earlier sign-in error when the form is submitted again', () => {
    const failed: AuthState = { ...initialAuthState, signInError: appError('invalid_credentials') };
    const state = reducer(failed, SignInPageActions.signInSubmitted({ credentials: { email: 'a@b.nl', password: 'x' } }));
    expect(state).toEqual(jasmine.objectContaining({ signingIn: true, signInError: null }));
  });

  it('stores the user on sign-in and stops the pending state', () => {
    const user = staffUser();
    const state = reducer({ ...initialAuthState, signingIn: true }, AuthApiActions.signInSucceeded({ user }));
    expect(state).toEqual(jasmine.objectContaining({ user, signingIn: false, session: 'loaded' }));
  });

  it('keeps the sign-in error to show next to the form', () => {
    const error = appError('rate_limited', { status: 429, retryAfterSeconds: 30 });
    const state = reducer({ ...initialAuthState, signingIn: true }, AuthApiActions.signInFailed({ error }));
    expect(state).toEqual(jasmine.objectContaining({ signingIn: false, signInError: error }));
  });

  it('forgets the user on sign-out and when the session expired', () => {
    const signedIn: AuthState = { ...initialAuthState, user: staffUser(), session: 'loaded' };
    expect(reducer(signedIn, AuthApiActions.signedOut()).user).toBeNull();
    expect(reducer(signedIn, HttpActions.sessionExpired()).user).toBeNull();
  });

  describe('selectors', () => {
    const root = (auth: AuthState) => ({ auth });

    it('report the session resolved only after it loaded or failed', () => {
      expect(authFeature.selectSessionResolved(root({ ...initialAuthState, session: 'loading' }))).toBeFalse();
      expect(authFeature.selectSessionResolved(root({ ...initialAuthState, session: 'loaded' }))).toBeTrue();
      expect(authFeature.selectSessionResolved(root({ ...initialAuthState, session: 'failed' }))).toBeTrue();
    });

    it('tell staff and students apart', () => {
      const staff = root({ ...initialAuthState, user: staffUser() });
      const student = root({ ...initialAuthState, user: studentUser() });
      expect(authFeature.selectStaffUser(staff)?.kind).toBe('staff');
      expect(authFeature.selectStudentUser(staff)).toBeNull();
      expect(authFeature.selectStudentUser(student)?.kind).toBe('student');
      expect(authFeature.selectStaffUser(student)).toBeNull();
    });
  });
});
