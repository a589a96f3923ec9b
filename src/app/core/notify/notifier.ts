import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { AppError } from '../http/app-error';
import { errorText } from '../http/error-message';
import type { TranslationKey } from '../i18n/dictionary';
import { I18n } from '../i18n/i18n';

/** Short messages about actions (not page loads) in a snackbar, read out by screen readers. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);

  error(error: AppError): void {
    this.open(errorText(this.i18n, error));
  }

  message(key: TranslationKey): void {
    this.open(this.i18n.translate(key));
  }

  private open(text: string): void {
    this.snackBar.open(text, undefined, { duration: 8000, politeness: 'assertive' });
  }
}
