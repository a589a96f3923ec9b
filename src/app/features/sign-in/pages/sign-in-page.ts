import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { StaffLoginRequest } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { SignInPageActions } from '../../../core/auth/state/auth.actions';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { LanguageSwitch } from '../../../core/i18n/language-switch';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { SignInForm } from '../ui/sign-in-form';

@Component({
  selector: 'app-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LanguageSwitch, MatCard, MatCardContent, MatIcon, RequestError, RouterLink, SignInForm, TranslatePipe],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly store = inject(Store);
  protected readonly signingIn = this.store.selectSignal(authFeature.selectSigningIn);
  protected readonly signInError = this.store.selectSignal(authFeature.selectSignInError);
  /** Without a session check there is no CSRF token, so sign-in cannot work until it is retried. */
  protected readonly sessionError = this.store.selectSignal(authFeature.selectSessionError);

  protected signIn(credentials: StaffLoginRequest): void {
    this.store.dispatch(SignInPageActions.signInSubmitted({ credentials }));
  }

  protected retrySession(): void {
    this.store.dispatch(SignInPageActions.sessionRetryClicked());
  }
}
