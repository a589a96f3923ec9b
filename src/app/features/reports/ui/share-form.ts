import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { REPORT_SHARE_MAX_DAYS } from '@koers/contracts';
import type { AppError } from '../../../core/http/app-error';
import { errorText } from '../../../core/http/error-message';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Default validity of a new share link, in days. */
export const DEFAULT_SHARE_DAYS = 30;

/** "Deel met bestuur of MR": how many days (1–90) a new read-only link to the year report lives. */
@Component({
  selector: 'app-share-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatError, MatFormField, MatHint, MatIcon, MatInput, MatLabel, MatProgressSpinner, MatSuffix, ReactiveFormsModule, TranslatePipe],
  template: `
    <form class="share-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline" class="days" subscriptSizing="dynamic">
        <mat-label>{{ 'reports.share.days' | t }}</mat-label>
        <input matInput type="number" inputmode="numeric" min="1" [max]="maxDays" step="1" formControlName="days" (input)="edited.emit()" />
        <span matTextSuffix>{{ 'reports.share.daysSuffix' | t }}</span>
        <mat-hint>{{ 'reports.share.daysHint' | t: { max: maxDays } }}</mat-hint>
        @if (form.controls.days.hasError('required')) {
          <mat-error>{{ 'reports.share.daysRequired' | t }}</mat-error>
        } @else if (form.controls.days.hasError('pattern')) {
          <mat-error>{{ 'reports.share.daysWhole' | t }}</mat-error>
        } @else if (form.controls.days.hasError('min')) {
          <mat-error>{{ 'reports.share.daysMin' | t }}</mat-error>
        } @else if (form.controls.days.hasError('max')) {
          <mat-error>{{ 'reports.share.daysMax' | t: { max: maxDays } }}</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" class="submit" [disabled]="busy()">
        @if (busy()) {
          <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
        } @else {
          <mat-icon aria-hidden="true">add_link</mat-icon>
        }
        {{ busy() ? ('reports.share.creating' | t) : ('reports.share.submit' | t) }}
      </button>
    </form>
    @if (serverMessage(); as message) {
      <p class="server-error" role="alert">
        <mat-icon aria-hidden="true">error</mat-icon>
        <span>{{ message }}</span>
      </p>
    }
  `,
  styles: `
    .share-form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
    }
    .days {
      width: 15rem;
      max-width: 100%;
    }
    .submit {
      margin-top: 0.5rem;
    }
    .submit mat-progress-spinner {
      display: inline-block;
      margin-right: 0.5rem;
      vertical-align: middle;
    }
    .server-error {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      margin: 0.75rem 0 0;
      color: var(--mat-sys-error);
    }
    @media (max-width: 480px) {
      .days,
      .submit {
        width: 100%;
      }
      .submit {
        margin-top: 0;
      }
    }
  `,
})
export class ShareForm {
  private readonly i18n = inject(I18n);

  readonly busy = input(false);
  /** The server's refusal (e.g. a 400 with the failing field), shown next to the form. */
  readonly error = input<AppError | null>(null);
  readonly submitted = output<number>();
  readonly edited = output<void>();

  protected readonly maxDays = REPORT_SHARE_MAX_DAYS;
  protected readonly form = new FormGroup({
    days: new FormControl<number | null>(DEFAULT_SHARE_DAYS, {
      validators: [Validators.required, Validators.pattern(/^\d+$/), Validators.min(1), Validators.max(REPORT_SHARE_MAX_DAYS)],
    }),
  });

  protected readonly serverMessage = computed(() => {
    const error = this.error();
    if (!error) return null;
    const fields = error.fieldErrors.map((field) => field.message).filter(Boolean);
    return fields.length > 0 ? fields.join(' ') : errorText(this.i18n, error);
  });

  protected submit(): void {
    this.form.markAllAsTouched();
    const days = this.form.controls.days.value;
    if (this.form.invalid || days === null) return;
    this.submitted.emit(Number(days));
  }
}
