import type { SessionUser, StaffLoginRequest } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../http/app-error';

export const AppActions = createActionGroup({
  source: 'App',
  events: { Started: emptyProps() },
});

export const SignInPageActions = createActionGroup({
  source: 'Sign In Page',
  events: {
    'Sign In Submitted': props<{ credentials: StaffLoginRequest }>(),
    'Session Retry Clicked': emptyProps(),
  },
});

export const ShellActions = createActionGroup({
  source: 'App Shell',
  events: { 'Sign Out Clicked': emptyProps() },
});

export const HttpActions = createActionGroup({
  source: 'HTTP',
  events: { 'Session Expired': emptyProps() },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Session Loaded': props<{ user: SessionUser | null }>(),
    'Session Load Failed': props<{ error: AppError }>(),
    'Sign In Succeeded': props<{ user: SessionUser }>(),
    'Sign In Failed': props<{ error: AppError }>(),
    'Signed Out': emptyProps(),
    'Sign Out Failed': props<{ error: AppError }>(),
  },
});
