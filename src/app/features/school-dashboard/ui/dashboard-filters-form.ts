import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { LEERJAREN, NIVEAUS, type Niveau } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { type SchoolDashboardFilters, datesReversed } from '../data/school-dashboard-filters';

/** The server's message per date field of a refused request (null when none). */
export interface DateErrors {
  readonly from: string | null;
  readonly to: string | null;
}

const NO_DATE_ERRORS: DateErrors = { from: null, to: null };

/**
 * The filters of the school dashboard. The filters come in (from the URL); every valid change goes
 * out whole. An end date before the start date is refused here, next to the field, in the
 * language of the app; any other message the server has for a date (a shared link can carry any
 * dates) is shown next to its field too.
 */
@Component({
  selector: 'app-dashboard-filters-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatError, MatFormField, MatIcon, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslatePipe],
  template: `
    <form [formGroup]="form" class="filters" [attr.aria-label]="'schoolDashboard.filters.label' | t" (ngSubmit)="emit()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'schoolDashboard.filters.leerjaar' | t }}</mat-label>
        <mat-select formControlName="leerjaar" (selectionChange)="emit()">
          <mat-option value="">{{ 'schoolDashboard.filters.all' | t }}</mat-option>
          @for (leerjaar of leerjaren; track leerjaar) {
            <mat-option [value]="'' + leerjaar">{{ 'schoolDashboard.filters.leerjaarOption' | t: { leerjaar } }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'schoolDashboard.filters.niveau' | t }}</mat-label>
        <mat-select formControlName="niveau" (selectionChange)="emit()">
          <mat-option value="">{{ 'schoolDashboard.filters.all' | t }}</mat-option>
          @for (niveau of niveaus; track niveau) {
            <mat-option [value]="niveau">{{ niveau }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'schoolDashboard.filters.from' | t }}</mat-label>
        <input matInput type="date" formControlName="from" (change)="fromChanged()" />
        @if (form.controls.from.hasError('server')) {
          <mat-error>{{ form.controls.from.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'schoolDashboard.filters.to' | t }}</mat-label>
        <input matInput type="date" formControlName="to" (change)="emit()" />
        @if (form.controls.to.hasError('reversed')) {
          <mat-error>{{ 'schoolDashboard.filters.datesReversed' | t }}</mat-error>
        } @else if (form.controls.to.hasError('server')) {
          <mat-error>{{ form.controls.to.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <button mat-stroked-button type="button" class="clear" [disabled]="!hasAny()" (click)="clear()">
        <mat-icon aria-hidden="true">filter_alt_off</mat-icon>
        {{ 'schoolDashboard.filters.clear' | t }}
      </button>
    </form>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-start; }
    mat-form-field { flex: 1 1 10rem; min-width: 0; }
    .clear { flex: none; margin-top: 0.5rem; }
  `,
})
export class DashboardFiltersForm {
  readonly filters = input.required<SchoolDashboardFilters>();
  /** The server's messages for the date fields of the last refused request. */
  readonly dateErrors = input<DateErrors>(NO_DATE_ERRORS);
  readonly filtersChanged = output<SchoolDashboardFilters>();

  protected readonly leerjaren = LEERJAREN;
  protected readonly niveaus = NIVEAUS;

  private readonly serverError = (field: keyof DateErrors) => (control: AbstractControl<string>): ValidationErrors | null => {
    const message = this.dateErrors()[field];
    return message && control.value === (this.filters()[field] ?? '') ? { server: message } : null;
  };
  private readonly reversed = (control: AbstractControl<string>): ValidationErrors | null =>
    datesReversed({ from: control.parent?.get('from')?.value || undefined, to: control.value || undefined }) ? { reversed: true } : null;

  protected readonly form = inject(NonNullableFormBuilder).group({
    leerjaar: '',
    niveau: '',
    from: ['', this.serverError('from')],
    to: ['', [this.reversed, this.serverError('to')]],
  });

  constructor() {
    effect(() => {
      const filters = this.filters();
      this.dateErrors();
      this.form.setValue(
        {
          leerjaar: filters.leerjaar === undefined ? '' : String(filters.leerjaar),
          niveau: filters.niveau ?? '',
          from: filters.from ?? '',
          to: filters.to ?? '',
        },
        { emitEvent: false },
      );
      this.showDateErrors();
    });
  }

  protected hasAny(): boolean {
    const value = this.form.getRawValue();
    return Object.values(value).some((field) => field !== '');
  }

  protected fromChanged(): void {
    this.form.controls.to.updateValueAndValidity();
    this.emit();
  }

  protected emit(): void {
    this.showDateErrors();
    if (this.form.controls.to.hasError('reversed')) return;
    const value = this.form.getRawValue();
    this.filtersChanged.emit({
      ...(value.leerjaar && { leerjaar: Number(value.leerjaar) }),
      ...(value.niveau && { niveau: value.niveau as Niveau }),
      ...(value.from && { from: value.from }),
      ...(value.to && { to: value.to }),
    });
  }

  protected clear(): void {
    this.form.reset();
    this.emit();
  }

  /** Shows a date error right away, also when it came with the URL rather than from typing. */
  private showDateErrors(): void {
    for (const control of [this.form.controls.from, this.form.controls.to]) {
      control.updateValueAndValidity({ emitEvent: false });
      if (control.invalid) control.markAsTouched();
    }
  }
}
