import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { ClassSummary, CreateSchedulesRequest, LessonSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The window must not end before it starts. */
function windowInOrder(group: AbstractControl): ValidationErrors | null {
  const { startsOn, endsOn } = group.value as { startsOn: string; endsOn: string };
  return startsOn && endsOn && endsOn < startsOn ? { window: true } : null;
}

/** Plans the latest version of a lesson for one or more classes in a date window. */
@Component({
  selector: 'app-plan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatError, MatFormField, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslatePipe],
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
        <input matInput type="date" formControlName="startsOn" required />
        @if (form.controls.startsOn.invalid) {
          <mat-error>{{ 'planning.dateRequired' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'planning.to' | t }}</mat-label>
        <input matInput type="date" formControlName="endsOn" required />
        @if (form.controls.endsOn.invalid) {
          <mat-error>{{ 'planning.dateRequired' | t }}</mat-error>
        }
      </mat-form-field>
      @if (form.hasError('window') && form.controls.endsOn.touched) {
        <p class="form-error" role="alert">{{ 'planning.windowInvalid' | t }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="saving()">{{ 'planning.plan' | t }}</button>
    </form>
  `,
  styles: `
    form { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-start; }
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
      startsOn: this.fb.control('', [Validators.required]),
      endsOn: this.fb.control('', [Validators.required]),
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
    if (!lesson) return;
    this.submitted.emit({ lessonId: lesson.id, lessonVersion: lesson.version, classIds: value.classIds, startsOn: value.startsOn, endsOn: value.endsOn });
  }
}
