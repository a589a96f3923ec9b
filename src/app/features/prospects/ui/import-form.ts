import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  type NumericScale,
  PROSPECT_FORMATS,
  PROSPECT_IMPORT_COLUMNS,
  type ProspectFormat,
  type ProspectImportReport,
  type ProspectImportRequest,
} from '@koers/contracts';
import { startWith } from 'rxjs';
import type { AppError } from '../../../core/http/app-error';
import { errorText } from '../../../core/http/error-message';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { FormatMapping } from './format-mapping';
import { ImportReport } from './import-report';
import { problemsCsv, problemsFileName } from './problems-csv';
import { fieldError, SourceFields, sourceControls, sourcePayload } from './source-fields';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const EXAMPLE = ['code;sector;niveau;waarde;toelichting', '25480;;;goed;', ';Zorg & welzijn;mbo;voldoende;geldt voor de hele sector'].join('\n');

interface ChosenFile {
  readonly name: string;
  readonly base64: string;
}

/** Reads a file as base64 (without the `data:` prefix), as the import endpoint wants it. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

const isNumeric = (control: AbstractControl) => control.get('format')?.value === 'numeriek';
const isNumber = (value: unknown) => value !== null && value !== '' && Number.isFinite(Number(value));

/** A scale bound is needed only for format 'numeriek'. */
function scaleBound(control: AbstractControl): ValidationErrors | null {
  return control.parent && isNumeric(control.parent) && !isNumber(control.value) ? { required: true } : null;
}

function scaleOrder(group: AbstractControl): ValidationErrors | null {
  if (!isNumeric(group)) return null;
  const min: unknown = group.get('scaleMin')?.value;
  const max: unknown = group.get('scaleMax')?.value;
  return !isNumber(min) || !isNumber(max) || Number(max) > Number(min) ? null : { scaleOrder: true };
}

/** The import form: file and what it is (source, year, region, format), a trial import, then the real one. */
@Component({
  selector: 'app-import-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormatMapping,
    ImportReport,
    MatButton,
    MatCheckbox,
    MatError,
    MatFormField,
    MatIcon,
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
    <p>{{ 'prospects.import.intro' | t }}</p>
    <form [formGroup]="form" (ngSubmit)="check()" novalidate>
      <div class="file">
        <label for="prospect-import-file" class="file-label">{{ 'prospects.import.file' | t }}</label>
        <input
          id="prospect-import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="prospect-import-file-hint prospect-import-file-status"
          (change)="choose($event)"
        />
        <p id="prospect-import-file-hint" class="hint">{{ 'prospects.import.fileHint' | t }}</p>
        <p id="prospect-import-file-status" class="hint" [class.error]="fileProblem()" aria-live="polite">
          @if (fileProblem(); as problem) {
            {{ problem | t }}
          } @else if (file(); as file) {
            {{ 'prospects.import.fileChosen' | t: { name: file.name } }}
          } @else {
            {{ 'prospects.import.noFile' | t }}
          }
        </p>
      </div>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'prospects.import.format' | t }}</mat-label>
        <mat-select formControlName="format">
          @for (format of formats; track format) {
            <mat-option [value]="format">{{ formatName(format) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <section class="mapping" aria-labelledby="prospect-mapping-heading">
        <h3 id="prospect-mapping-heading">{{ 'prospects.mapping.heading' | t }}</h3>
        <app-format-mapping [format]="format()" [scale]="scale()" />
      </section>

      @if (format() === 'numeriek') {
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'prospects.import.scaleMin' | t }}</mat-label>
            <input matInput type="number" formControlName="scaleMin" required />
            @if (form.controls.scaleMin.invalid) {
              <mat-error>{{ 'prospects.import.numberRequired' | t }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'prospects.import.scaleMax' | t }}</mat-label>
            <input matInput type="number" formControlName="scaleMax" required />
            @if (form.controls.scaleMax.invalid) {
              <mat-error>{{ 'prospects.import.numberRequired' | t }}</mat-error>
            }
          </mat-form-field>
          <mat-checkbox formControlName="higherIsBetter">{{ 'prospects.import.higherIsBetter' | t }}</mat-checkbox>
        </div>
        @if (form.hasError('scaleOrder')) {
          <p class="error" role="alert">{{ 'prospects.import.scaleInvalid' | t }}</p>
        }
      }

      <app-source-fields [group]="form" [maxYear]="maxYear" [serverError]="serverError" />
      <fieldset class="status">
        <legend>{{ 'prospects.import.status' | t }}</legend>
        <mat-radio-group formControlName="status" [attr.aria-label]="'prospects.import.status' | t">
          <mat-radio-button value="geimporteerd">{{ 'prospects.import.statusGeimporteerd' | t }}</mat-radio-button>
          <mat-radio-button value="illustratief">{{ 'prospects.import.statusIllustratief' | t }}</mat-radio-button>
        </mat-radio-group>
      </fieldset>

      @if (errorMessage(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }

      <div class="actions">
        <button mat-stroked-button type="submit" [disabled]="busy()">{{ 'prospects.import.check' | t }}</button>
        <button mat-flat-button type="button" class="run" [disabled]="!canImport()" (click)="run(false)">{{ 'prospects.import.run' | t }}</button>
      </div>
      @if (!report()) {
        <p class="hint">{{ 'prospects.import.needsCheck' | t }}</p>
      } @else if (hasProblems() && !report()?.imported) {
        <p class="hint">{{ 'prospects.import.blocked' | t }}</p>
      }
    </form>

    @if (report(); as report) {
      <section class="report" aria-labelledby="prospect-report-heading">
        <h3 id="prospect-report-heading">{{ 'prospects.report.heading' | t }}</h3>
        <app-import-report [report]="report" />
        @if (hasProblems()) {
          <div class="actions">
            <button mat-stroked-button type="button" class="download" (click)="download(report)">
              <mat-icon aria-hidden="true">download</mat-icon>
              {{ 'prospects.import.downloadProblems' | t }}
            </button>
          </div>
          @if (!report.imported && report.validRows > 0) {
            <div class="warning" role="note">
              <mat-icon aria-hidden="true">warning</mat-icon>
              <p>{{ 'prospects.import.onlyValidWarning' | t: { invalid: report.rows - report.validRows, rows: report.rows } }}</p>
              <button mat-stroked-button type="button" class="only-valid" [disabled]="busy()" (click)="run(true)">{{ 'prospects.import.onlyValid' | t }}</button>
            </div>
          }
        }
      </section>
    }

    <section class="columns" aria-labelledby="prospect-columns-heading">
      <h3 id="prospect-columns-heading">{{ 'prospects.import.columnsHeading' | t }}</h3>
      <p>{{ 'prospects.import.columnsIntro' | t }}</p>
      <table class="doc">
        <caption class="visually-hidden">{{ 'prospects.import.columnsCaption' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'prospects.import.column' | t }}</th>
            <th scope="col">{{ 'prospects.import.meaning' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (column of columns; track column) {
            <tr>
              <th scope="row"><code>{{ column }}</code></th>
              <td>{{ columnKey(column) | t }}</td>
            </tr>
          }
        </tbody>
      </table>
      <h4>{{ 'prospects.import.exampleHeading' | t }}</h4>
      <pre class="example">{{ example }}</pre>
    </section>
  `,
  styles: `
    :host { display: block; }
    form { display: flex; flex-direction: column; gap: 0.25rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: center; }
    .row > * { flex: 1 1 12rem; }
    .file { margin-bottom: 1rem; }
    .file-label { display: block; font-weight: 500; margin-bottom: 0.25rem; }
    .hint { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); margin: 0.25rem 0; }
    .error, .hint.error { color: var(--mat-sys-error); }
    .mapping h3, .columns h3, .report h3 { font-size: 1rem; }
    .status { border: none; padding: 0; margin: 0 0 1rem; }
    .status legend { font-weight: 500; margin-bottom: 0.25rem; }
    .status mat-radio-group { display: flex; flex-direction: column; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
    .warning { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.75rem 1rem; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .warning p { flex: 1 1 16rem; margin: 0; }
    .doc { border-collapse: collapse; }
    .doc th, .doc td { text-align: start; padding: 0.25rem 1rem 0.25rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: top; }
    .example { overflow-x: auto; padding: 0.75rem; background: var(--mat-sys-surface-container); border-radius: 8px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class ImportForm {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);

  /** The last report (trial or real) for what the form holds now; null after any edit. */
  readonly report = input<ProspectImportReport | null>(null);
  readonly busy = input(false);
  readonly error = input<AppError | null>(null);
  readonly requested = output<ProspectImportRequest>();
  /** Anything changed: the old report no longer describes the form. */
  readonly edited = output<void>();

  protected readonly formats = PROSPECT_FORMATS;
  protected readonly columns = PROSPECT_IMPORT_COLUMNS;
  protected readonly example = EXAMPLE;
  protected readonly maxYear = new Date().getFullYear() + 1;
  protected readonly file = signal<ChosenFile | null>(null);
  protected readonly fileProblem = signal<TranslationKey | null>(null);

  protected readonly form = this.fb.group(
    {
      format: this.fb.control<ProspectFormat>('sbb-kans-op-werk'),
      ...sourceControls(this.fb, this.maxYear),
      status: this.fb.control<'geimporteerd' | 'illustratief'>('geimporteerd'),
      scaleMin: this.fb.control<number | null>(null, [scaleBound]),
      scaleMax: this.fb.control<number | null>(null, [scaleBound]),
      higherIsBetter: this.fb.control(true),
    },
    { validators: [scaleOrder] },
  );

  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  protected readonly format = computed(() => this.value().format ?? 'sbb-kans-op-werk');
  protected readonly scale = computed((): NumericScale | null => {
    const { scaleMin, scaleMax, higherIsBetter } = this.value();
    return scaleMin === null || scaleMin === undefined || scaleMax === null || scaleMax === undefined
      ? null
      : { min: Number(scaleMin), max: Number(scaleMax), higherIsBetter: higherIsBetter ?? true };
  });
  protected readonly hasProblems = computed(() => (this.report()?.problems.length ?? 0) > 0);
  /** Only after a clean trial import of exactly this form, and not twice. */
  protected readonly canImport = computed(() => {
    const report = this.report();
    return !!report && report.dryRun && !report.imported && report.problems.length === 0 && !this.busy();
  });
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorText(this.i18n, error) : null;
  });

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.edited.emit());
    this.form.controls.format.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.form.controls.scaleMin.updateValueAndValidity({ emitEvent: false });
      this.form.controls.scaleMax.updateValueAndValidity({ emitEvent: false });
    });
  }

  protected formatName(format: ProspectFormat): TranslationKey {
    return `prospects.formats.${format}.name`;
  }

  protected columnKey(column: (typeof PROSPECT_IMPORT_COLUMNS)[number]): TranslationKey {
    return `prospects.import.columns.${column}`;
  }

  /** The server's message for a field (e.g. `/source`), shown next to that field. */
  protected readonly serverError = (field: string): string | null => fieldError(this.error(), field);

  protected async choose(event: Event): Promise<void> {
    const chosen = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(null);
    this.fileProblem.set(null);
    this.edited.emit();
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      this.fileProblem.set('prospects.import.fileTooLarge');
      return;
    }
    try {
      this.file.set({ name: chosen.name, base64: await readAsBase64(chosen) });
    } catch {
      this.fileProblem.set('prospects.import.fileUnreadable');
    }
  }

  protected check(): void {
    this.submit(true, false);
  }

  protected run(onlyValidRows: boolean): void {
    this.submit(false, onlyValidRows);
  }

  private submit(dryRun: boolean, onlyValidRows: boolean): void {
    // Scale fields hidden since the last format switch may still carry their input's `required`.
    this.form.controls.scaleMin.updateValueAndValidity({ emitEvent: false });
    this.form.controls.scaleMax.updateValueAndValidity({ emitEvent: false });
    const file = this.file();
    if (!file) this.fileProblem.set(this.fileProblem() ?? 'prospects.import.fileRequired');
    if (this.form.invalid || !file) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.requested.emit({
      format: value.format,
      ...sourcePayload(value),
      status: value.status,
      scale: value.format === 'numeriek' ? { min: Number(value.scaleMin), max: Number(value.scaleMax), higherIsBetter: value.higherIsBetter } : null,
      fileBase64: file.base64,
      fileName: file.name,
      dryRun,
      onlyValidRows,
    });
  }

  protected download(report: ProspectImportReport): void {
    const blob = new Blob([problemsCsv(report.problems)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = problemsFileName(this.file()?.name ?? 'import.csv');
    link.click();
    URL.revokeObjectURL(url);
  }
}
