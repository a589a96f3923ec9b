import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MAT_NATIVE_DATE_FORMATS } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { ClassSummary, CreateSchedulesRequest, LessonSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DutchDateAdapter, isoDate } from './dutch-date-adapter';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The window must not end before it starts, nor last longer than a year (as the server checks). */
function windowInOrder(group: AbstractControl): ValidationErrors | null {
  const { startsOn, endsOn } = group.value as { startsOn: Date | null; endsOn: Date | null };
  if (!startsOn || !endsOn) return null;
  if (endsOn < startsOn) return { window: true };
  return endsOn.getTime() - startsOn.getTime() > 366 * DAY_MS ? { windowTooLong: true } : null;
}

/** Plans the latest version of a lesson for one or more classes in a date window. */
@Component({
  selector: 'app-plan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSuffix,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  providers: [
    { provide: DateAdapter, useClass: DutchDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MAT_DATE_LOCALE, useValue: 'nl-NL' },
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'planning.lesson' | t }}</mat-label>
        <mat-select formControlName="lessonId" required>
          @for (lesson of lessons(); track lesson.id) {
            <mat-option [value]="lesson.id">{{ lesson.title }} ({{ 'planning.version' | t: { version: lesson.version } }})</mat-option>
          }
        </mat-select>
        @if (form.controls.lessonId.invalid) {
          <mat-error>{{ 'planning.chooseLesson' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'planning.classes' | t }}</mat-label>
        <mat-select formControlName="classIds" multiple required>
          @for (klas of classes(); track klas.id) {
            <mat-option [value]="klas.id">{{ klas.name }} ({{ klas.niveau }} {{ klas.leerjaar }})</mat-option>
          }
        </mat-select>
        @if (form.controls.classIds.invalid) {
          <mat-error>{{ 'planning.chooseClass' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.from' | t }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" formControlName="startsOn" required autocomplete="off" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
        <mat-datepicker #fromPicker />
        <mat-hint>{{ 'planning.dateHint' | t }}</mat-hint>
        @if (form.controls.startsOn.hasError('matDatepickerParse')) {
          <mat-error>{{ 'planning.dateInvalid' | t }}</mat-error>
        } @else if (form.controls.startsOn.invalid) {
          <mat-error>{{ 'planning.dateRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.to' | t }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [min]="form.controls.startsOn.value" formControlName="endsOn" required autocomplete="off" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
        <mat-datepicker #toPicker />
        <mat-hint>{{ 'planning.dateHint' | t }}</mat-hint>
        @if (form.controls.endsOn.hasError('matDatepickerParse')) {
          <mat-error>{{ 'planning.dateInvalid' | t }}</mat-error>
        } @else if (form.controls.endsOn.hasError('matDatepickerMin')) {
          <mat-error>{{ 'planning.windowInvalid' | t }}</mat-error>
        } @else if (form.controls.endsOn.invalid) {
          <mat-error>{{ 'planning.dateRequired' | t }}</mat-error>
        }
      </mat-form-field>
      @if (form.controls.endsOn.touched && form.hasError('window') && !form.controls.endsOn.invalid) {
        <p class="form-error" role="alert">{{ 'planning.windowInvalid' | t }}</p>
      }
      @if (form.controls.endsOn.touched && form.hasError('windowTooLong')) {
        <p class="form-error" role="alert">{{ 'planning.windowTooLong' | t }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="saving()">{{ 'planning.plan' | t }}</button>
    </form>
  `,
  styles: `
    form { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-start; }
    mat-form-field { flex: 1 1 12rem; }
    .wide { flex-basis: 20rem; }
    .form-error { flex-basis: 100%; color: var(--mat-sys-error); margin: 0 0 0.5rem; }
    button { margin-top: 0.5rem; }
  `,
})
export class PlanForm {
  private readonly fb = inject(NonNullableFormBuilder);
  readonly lessons = input.required<readonly LessonSummary[]>();
  readonly classes = input.required<readonly ClassSummary[]>();
  readonly saving = input(false);
  readonly submitted = output<CreateSchedulesRequest>();

  protected readonly form = this.fb.group(
    {
      lessonId: this.fb.control('', [Validators.required]),
      classIds: this.fb.control<string[]>([], [Validators.required]),
      startsOn: this.fb.control<Date | null>(null, [Validators.required]),
      endsOn: this.fb.control<Date | null>(null, [Validators.required]),
    },
    { validators: windowInOrder },
  );

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const lesson = this.lessons().find((candidate) => candidate.id === value.lessonId);
    if (!lesson || !value.startsOn || !value.endsOn) return;
    this.submitted.emit({
      lessonId: lesson.id,
      lessonVersion: lesson.version,
      classIds: value.classIds,
      startsOn: isoDate(value.startsOn),
      endsOn: isoDate(value.endsOn),
    });
  }
}
