import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { AppError } from '../../../core/http/app-error';
import { RequestError } from '../../../shared/ui/request-error/request-error';

/** One code field (class code or personal code), its message, and a big submit button. */
@Component({
  selector: 'app-code-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatError, MatFormField, MatInput, MatLabel, ReactiveFormsModule, RequestError],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ label() }}</mat-label>
        <input
          matInput
          class="code-input"
          formControlName="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          required
        />
        @if (form.controls.code.hasError('required')) {
          <mat-error>{{ requiredMessage() }}</mat-error>
        }
      </mat-form-field>
      @if (error(); as error) {
        <app-request-error [error]="error" [retryable]="false" />
      }
      <button mat-flat-button type="submit" class="submit" [disabled]="pending()">{{ submitLabel() }}</button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .code-input {
      font: var(--mat-sys-headline-small);
      letter-spacing: 0.1em;
    }
    .submit {
      height: 3.5rem;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class CodeForm {
  readonly label = input.required<string>();
  readonly requiredMessage = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly pending = input(false);
  readonly error = input<AppError | null>(null);
  readonly submitted = output<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({ code: ['', Validators.required] });

  protected submit(): void {
    const code = this.form.controls.code.value.trim();
    if (!code) {
      this.form.controls.code.setValue('');
      this.form.markAllAsTouched();
      return;
    }
    if (!this.pending()) this.submitted.emit(code);
  }
}
