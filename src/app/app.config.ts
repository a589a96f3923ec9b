import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { MAT_ICON_DEFAULT_OPTIONS } from '@angular/material/icon';
import { TitleStrategy, provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore } from '@ngrx/router-store';
import { Store, provideState, provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { CSRF_COOKIE, CSRF_HEADER } from '@koers/contracts';
import { routes } from './app.routes';
import { AppActions } from './core/auth/state/auth.actions';
import * as authEffects from './core/auth/state/auth.effects';
import { authFeature } from './core/auth/state/auth.feature';
import { languageInterceptor } from './core/http/language.interceptor';
import { sessionExpiredInterceptor } from './core/http/session-expired.interceptor';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Self-hosted Material Symbols (angular.json styles) instead of the Google-hosted Material Icons.
    { provide: MAT_ICON_DEFAULT_OPTIONS, useValue: { fontSet: 'material-symbols-outlined' } },
    provideHttpClient(
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([languageInterceptor, sessionExpiredInterceptor]),
    ),
    provideStore(),
    provideState(authFeature),
    provideEffects(authEffects),
    provideRouterStore(),
    isDevMode() ? provideStoreDevtools({ maxAge: 50 }) : [],
    // The session check answers before any guard decides and sets the CSRF cookie for later POSTs.
    provideAppInitializer(() => inject(Store).dispatch(AppActions.started())),
  ],
};
