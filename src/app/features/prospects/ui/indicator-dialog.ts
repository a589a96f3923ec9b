import { ChangeDetectionStrategy, Component, type Signal, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  INDICATOR_LEVELS,
  type IndicatorLevel,
  type Opleiding,
  PROSPECT_SCORES,
  type ProspectIndicatorInput,
  type ProspectScore,
  SECTORS,
  type Sector,
} from '@koers/contracts';
import type { AppError } from '../../../core/http/app-error';
import { errorText } from '../../../core/http/error-message';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { fieldError, SourceFields, sourceControls, sourcePayload } from './source-fields';

/** What the page gives the dialog: live state in, events out (the dialog never sees the Store). */
export interface IndicatorDialogData {
  readonly opleidingen: Signal<readonly Opleiding[]>;
  readonly saving: Signal<boolean>;
  readonly error: Signal<AppError | null>;
  search(query: string): void;
  submit(input: ProspectIndicatorInput): void;
}

const isOpleiding = (value: unknown): value is Opleiding => typeof value === 'object' && value !== null && 'id' in value;

/** Required only for the chosen scope: an opleiding picked from the list, or a sector. */
function requiredFor(scope: 'opleiding' | 'sector') {
  return (control: AbstractControl): ValidationErrors | null => {
    if (control.parent?.get('scope')?.value !== scope) return null;
    const ok = scope === 'opleiding' ? isOpleiding(control.value) : !!control.value;
    return ok ? null : { required: true };
  };
}

/** "Waarde met de hand invoeren": a value as a source says it, with the score the decaan judges. */
@Component({
  selector: 'app-indicator-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatRadioButton,
    MatRadioGroup,
    MatSelect,
    ReactiveFormsModule,
    SourceFields,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'prospects.entry.heading' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="intro">{{ 'prospects.entry.intro' | t }}</p>
        <mat-radio-group formControlName="scope" [attr.aria-label]="'prospects.scope.label' | t" class="scope">
          <mat-radio-button value="opleiding">{{ 'prospects.scope.opleiding' | t }}</mat-radio-button>
          <mat-radio-button value="sector">{{ 'prospects.scope.sector' | t }}</mat-radio-button>
        </mat-radio-group>

        @if (form.controls.scope.value === 'opleiding') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'prospects.entry.opleiding' | t }}</mat-label>
            <input matInput formControlName="opleiding" [matAutocomplete]="auto" (input)="search($event)" required />
            <mat-autocomplete #auto="matAutocomplete" [displayWith]="opleidingName">
              @for (opleiding of data.opleidingen(); track opleiding.id) {
                <mat-option [value]="opleiding">{{ opleidingText(opleiding) }}</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>{{ 'prospects.entry.opleidingHint' | t }}</mat-hint>
            @if (form.controls.opleiding.invalid) {
              <mat-error>{{ 'prospects.entry.opleidingRequired' | t }}</mat-error>
            }
          </mat-form-field>
        } @else {
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'prospects.filters.sector' | t }}</mat-label>
              <mat-select formControlName="sector" required>
                @for (sector of sectors; track sector) {
                  <mat-option [value]="sector">{{ sectorKey(sector) | t }}</mat-option>
                }
              </mat-select>
              @if (form.controls.sector.invalid) {
                <mat-error>{{ 'prospects.entry.sectorRequired' | t }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'prospects.entry.level' | t }}</mat-label>
              <mat-select formControlName="level">
                @for (level of levels; track level) {
                  <mat-option [value]="level">{{ levelKey(level) | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
        }

        <div class="row">
          <mat-form-field appearance="outline" class="grow">
            <mat-label>{{ 'prospects.entry.value' | t }}</mat-label>
            <input matInput formControlName="value" required maxlength="200" />
            @if (serverError('/value'); as message) {
              <mat-hint class="server-error">{{ message }}</mat-hint>
            } @else {
              <mat-hint>{{ 'prospects.entry.valueHint' | t }}</mat-hint>
            }
            @if (form.controls.value.invalid) {
              <mat-error>{{ 'prospects.entry.valueInvalid' | t }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'prospects.entry.score' | t }}</mat-label>
            <mat-select formControlName="score" required>
              @for (score of scores; track score) {
                <mat-option [value]="score">{{ 'prospects.table.scoreOf' | t: { score } }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'prospects.entry.scoreHint' | t }}</mat-hint>
            @if (form.controls.score.invalid) {
              <mat-error>{{ 'prospects.entry.scoreRequired' | t }}</mat-error>
            }
          </mat-form-field>
        </div>

        <app-source-fields [group]="form" [maxYear]="maxYear" [serverError]="serverError" />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'prospects.entry.note' | t }}</mat-label>
          <textarea matInput formControlName="note" rows="3" maxlength="1000"></textarea>
          <mat-hint>{{ 'prospects.entry.noteHint' | t }}</mat-hint>
          @if (form.controls.note.invalid) {
            <mat-error>{{ 'prospects.entry.noteInvalid' | t }}</mat-error>
          }
        </mat-form-field>

        @if (errorMessage(); as message) {
          <p class="server-error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'prospects.entry.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="data.saving()">{{ 'prospects.entry.save' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-dialog-content { display: flex; flex-direction: column; gap: 0.5rem; }
    .intro { margin-top: 0; }
    .scope { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; margin-bottom: 0.5rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .row > * { flex: 1 1 10rem; }
    .row > .grow { flex: 3 1 14rem; }
    .server-error { color: var(--mat-sys-error); }
  `,
})
export class IndicatorDialog {
  protected readonly data = inject<IndicatorDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18n);

  protected readonly sectors = SECTORS;
  protected readonly levels = INDICATOR_LEVELS;
  protected readonly scores = PROSPECT_SCORES;
  protected readonly maxYear = new Date().getFullYear() + 1;

  protected readonly form = this.fb.group({
    scope: this.fb.control<'opleiding' | 'sector'>('opleiding'),
    opleiding: this.fb.control<Opleiding | string>('', [requiredFor('opleiding')]),
    sector: this.fb.control<Sector | null>(null, [requiredFor('sector')]),
    level: this.fb.control<IndicatorLevel>('alle'),
    value: this.fb.control('', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]),
    score: this.fb.control<ProspectScore | null>(null, [Validators.required]),
    ...sourceControls(this.fb, this.maxYear),
    note: this.fb.control('', [Validators.maxLength(1000)]),
  });

  protected readonly errorMessage = computed(() => {
    const error = this.data.error();
    return error ? errorText(this.i18n, error) : null;
  });

  constructor() {
    // The other scope's field stops counting as soon as the scope changes.
    this.form.controls.scope.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.opleiding.updateValueAndValidity();
      this.form.controls.sector.updateValueAndValidity();
    });
  }

  protected readonly opleidingName = (value: Opleiding | string | null): string => (isOpleiding(value) ? value.name : (value ?? ''));

  protected opleidingText(opleiding: Opleiding): string {
    const details = [opleiding.type + (opleiding.niveau ? ` ${opleiding.niveau}` : ''), opleiding.code].filter(Boolean).join(', ');
    return `${opleiding.name} (${details})`;
  }

  protected sectorKey(sector: Sector): TranslationKey {
    return `modules.sectors.${sector}`;
  }

  protected levelKey(level: IndicatorLevel): TranslationKey {
    return `prospects.levels.${level}`;
  }

  protected search(event: Event): void {
    this.data.search((event.target as HTMLInputElement).value);
  }

  /** The server's message for a field (e.g. `/value`), shown next to that field. */
  protected readonly serverError = (field: string): string | null => fieldError(this.data.error(), field);

  protected submit(): void {
    // The hidden scope's field may still carry the `required` of the input it had before the switch.
    this.form.controls.opleiding.updateValueAndValidity();
    this.form.controls.sector.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const opleiding = value.scope === 'opleiding' && isOpleiding(value.opleiding) ? value.opleiding : null;
    this.data.submit({
      scope: value.scope,
      opleidingId: opleiding?.id ?? null,
      sector: value.scope === 'sector' ? value.sector : null,
      level: opleiding ? opleiding.type : value.level,
      value: value.value.trim(),
      score: value.score as ProspectScore,
      ...sourcePayload(value),
      note: value.note.trim(),
    });
  }
}
