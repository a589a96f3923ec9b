import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, type FormGroup, type NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { LANDELIJK } from '@koers/contracts';
import type { AppError } from '../../../core/http/app-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

const URL_PATTERN = /^https?:\/\/\S+$/;

/** Where a value comes from: the five controls the import form and the entry dialog share. */
export interface SourceControls {
  source: FormControl<string>;
  sourceUrl: FormControl<string>;
  year: FormControl<number | null>;
  period: FormControl<string>;
  region: FormControl<string>;
}

/** Any form group that holds the source controls (besides its own). */
export type SourceGroup = FormGroup & { readonly controls: SourceControls };

/** What a form holding the source controls gives back (`getRawValue()`). */
export interface SourceValue {
  readonly source: string;
  readonly sourceUrl: string;
  readonly year: number | null;
  readonly period: string;
  readonly region: string;
}

/** The source part of a request, trimmed; empty optional fields become null. */
export interface SourcePayload {
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly year: number;
  readonly period: string | null;
  readonly region: string;
}

/** The source controls, to spread into a form's `fb.group({...})`. */
export function sourceControls(fb: NonNullableFormBuilder, maxYear: number): SourceControls {
  return {
    source: fb.control('', [Validators.required, Validators.minLength(2), Validators.maxLength(300)]),
    sourceUrl: fb.control('', [Validators.pattern(URL_PATTERN), Validators.maxLength(500)]),
    year: fb.control<number | null>(new Date().getFullYear(), [Validators.required, Validators.min(1990), Validators.max(maxYear)]),
    period: fb.control('', [Validators.maxLength(60)]),
    region: fb.control(LANDELIJK, [Validators.required, Validators.minLength(2), Validators.maxLength(80)]),
  };
}

export function sourcePayload(value: SourceValue): SourcePayload {
  const period = value.period.trim();
  return {
    source: value.source.trim(),
    sourceUrl: value.sourceUrl.trim() || null,
    year: Number(value.year),
    period: period || null,
    region: value.region.trim(),
  };
}

/** The server's message for a field (e.g. `/source`, also when the server leaves out the slash), or null. */
export function fieldError(error: AppError | null | undefined, field: string): string | null {
  return error?.fieldErrors.find((fieldError) => fieldError.field === field || fieldError.field === field.slice(1))?.message ?? null;
}

/**
 * The source fields (source, URL, year, period, region) of a form made with {@link sourceControls},
 * with the client's and the server's message next to each field. A server message takes the place of
 * the field's hint: a form field allows one start hint, and only that one is read out (aria-describedby).
 */
@Component({
  selector: 'app-source-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatError, MatFormField, MatHint, MatInput, MatLabel, ReactiveFormsModule, TranslatePipe],
  template: `
    <div class="fields" [formGroup]="group()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'prospects.entry.source' | t }}</mat-label>
        <input matInput formControlName="source" required maxlength="300" />
        @if (serverError()('/source'); as message) {
          <mat-hint class="server-error">{{ message }}</mat-hint>
        } @else {
          <mat-hint>{{ 'prospects.entry.sourceHint' | t }}</mat-hint>
        }
        @if (group().controls.source.invalid) {
          <mat-error>{{ 'prospects.entry.sourceInvalid' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'prospects.entry.sourceUrl' | t }}</mat-label>
        <input matInput type="url" formControlName="sourceUrl" maxlength="500" />
        @if (group().controls.sourceUrl.invalid) {
          <mat-error>{{ 'prospects.entry.urlInvalid' | t }}</mat-error>
        }
        @if (serverError()('/sourceUrl'); as message) {
          <mat-hint class="server-error">{{ message }}</mat-hint>
        }
      </mat-form-field>
      <div class="row">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'prospects.entry.year' | t }}</mat-label>
          <input matInput type="number" formControlName="year" required min="1990" [max]="maxYear()" />
          @if (group().controls.year.invalid) {
            <mat-error>{{ 'prospects.entry.yearInvalid' | t: { max: maxYear() } }}</mat-error>
          }
          @if (serverError()('/year'); as message) {
            <mat-hint class="server-error">{{ message }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'prospects.entry.period' | t }}</mat-label>
          <input matInput formControlName="period" maxlength="60" />
          <mat-hint>{{ 'prospects.entry.periodHint' | t }}</mat-hint>
          @if (group().controls.period.invalid) {
            <mat-error>{{ 'prospects.entry.periodInvalid' | t }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'prospects.entry.region' | t }}</mat-label>
          <input matInput formControlName="region" required maxlength="80" />
          @if (serverError()('/region'); as message) {
            <mat-hint class="server-error">{{ message }}</mat-hint>
          } @else {
            <mat-hint>{{ 'prospects.entry.regionHint' | t }}</mat-hint>
          }
          @if (group().controls.region.invalid) {
            <mat-error>{{ 'prospects.entry.regionInvalid' | t }}</mat-error>
          }
        </mat-form-field>
      </div>
    </div>
  `,
  styles: `
    /* The fields lay out as if they stood in the parent's form (its flex column and gap). */
    :host, .fields { display: contents; }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: center; }
    .row > * { flex: 1 1 12rem; }
    .server-error { color: var(--mat-sys-error); }
  `,
})
export class SourceFields {
  /** The parent's form group; it must hold the controls of {@link sourceControls}. */
  readonly group = input.required<SourceGroup>();
  readonly maxYear = input.required<number>();
  /** The server's message for a field such as `/source`, or null. */
  readonly serverError = input<(field: string) => string | null>(() => null);
}
