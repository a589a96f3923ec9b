import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { AppError } from '../../../core/http/app-error';
import { errorText } from '../../../core/http/error-message';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The one way a failed request is shown: icon, message in the user's language, optional retry. */
@Component({
  selector: 'app-request-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe],
  templateUrl: './request-error.html',
  styleUrl: './request-error.scss',
})
export class RequestError {
  private readonly i18n = inject(I18n);
  readonly error = input.required<AppError>();
  /** Show "Opnieuw proberen" (and emit `retry`) when trying again can help. */
  readonly retryable = input(true);
  readonly retry = output<void>();

  protected readonly message = computed(() => errorText(this.i18n, this.error()));
  protected readonly icon = computed(() => (this.error().code === 'unavailable' ? 'cloud_off' : 'error'));
}
