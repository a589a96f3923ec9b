import type { SessionUser } from '@koers/contracts';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../http/app-error';
import { AppActions, AuthApiActions, HttpActions, SignInPageActions } from './auth.actions';

export interface AuthState {
  readonly user: SessionUser | null;
  /** `idle` until the first session check; guards wait for `loaded` or `failed`. */
  readonly session: 'idle' | 'loading' | 'loaded' | 'failed';
  readonly sessionError: AppError | null;
  readonly signingIn: boolean;
  readonly signInError: AppError | null;
}

export const initialAuthState: AuthState = {
  user: null,
  session: 'idle',
  sessionError: null,
  signingIn: false,
  signInError: null,
};

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AppActions.started, SignInPageActions.sessionRetryClicked, AuthApiActions.signedOut, (state): AuthState => ({
      ...state,
      session: 'loading',
      sessionError: null,
    })),
    on(AuthApiActions.sessionLoaded, (state, { user }): AuthState => ({ ...state, user, session: 'loaded' })),
    on(AuthApiActions.sessionLoadFailed, (state, { error }): AuthState => ({
      ...state,
      user: null,
      session: 'failed',
      sessionError: error,
    })),
    on(SignInPageActions.signInSubmitted, (state): AuthState => ({ ...state, signingIn: true, signInError: null })),
    on(AuthApiActions.signInSucceeded, (state, { user }): AuthState => ({
      ...state,
      user,
      session: 'loaded',
      sessionError: null,
      signingIn: false,
      signInError: null,
    })),
    on(AuthApiActions.signInFailed, (state, { error }): AuthState => ({ ...state, signingIn: false, signInError: error })),
    on(AuthApiActions.signedOut, HttpActions.sessionExpired, (state): AuthState => ({ ...state, user: null })),
  ),
  extraSelectors: ({ selectSession, selectUser }) => ({
    selectSessionResolved: createSelector(selectSession, (session) => session === 'loaded' || session === 'failed'),
    selectStaffUser: createSelector(selectUser, (user) => (user?.kind === 'staff' ? user : null)),
    selectStudentUser: createSelector(selectUser, (user) => (user?.kind === 'student' ? user : null)),
  }),
});
