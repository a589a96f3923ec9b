import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { MeasurementPairingInput, ScheduleSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

export const PAIRING_NAME_MIN = 3;
export const PAIRING_NAME_MAX = 120;

const trimmedLength = (control: AbstractControl<string>): ValidationErrors | null => {
  const length = control.value.trim().length;
  return length < PAIRING_NAME_MIN || length > PAIRING_NAME_MAX ? { nameLength: true } : null;
};

/**
 * A koppeling: the planning with the "voor"-meting, a later planning with the "na"-meting, and a name.
 * Only plannings that start later than the chosen "voor"-planning are offered as "na".
 */
@Component({
  selector: 'app-pairing-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatError, MatFormField, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslatePipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="pairing-form">
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'choiceShift.pairings.name' | t }}</mat-label>
        <input matInput formControlName="name" required maxlength="120" autocomplete="off" />
        @if (form.controls.name.invalid) {
          <mat-error>{{ 'choiceShift.pairings.nameError' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'choiceShift.pairings.pre' | t }}</mat-label>
        <mat-select formControlName="preScheduleId" required>
          @for (schedule of schedules(); track schedule.id) {
            <mat-option [value]="schedule.id">{{ label(schedule) }}</mat-option>
          }
        </mat-select>
        @if (form.controls.preScheduleId.invalid) {
          <mat-error>{{ 'choiceShift.pairings.preError' | t }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'choiceShift.pairings.post' | t }}</mat-label>
        <mat-select formControlName="postScheduleId" required>
          @for (schedule of laterSchedules(); track schedule.id) {
            <mat-option [value]="schedule.id">{{ label(schedule) }}</mat-option>
          }
        </mat-select>
        @if (form.controls.postScheduleId.invalid) {
          <mat-error>{{ 'choiceShift.pairings.postError' | t }}</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="saving()">{{ 'choiceShift.pairings.add' | t }}</button>
    </form>
  `,
  styles: `
    .pairing-form { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; }
    .wide { flex: 1 1 20rem; }
  `,
})
export class PairingForm {
  readonly schedules = input<readonly ScheduleSummary[]>([]);
  readonly saving = input(false);
  /** Bumped by the page after every saved koppeling: the form empties itself. */
  readonly savedCount = input(0);
  readonly submitted = output<MeasurementPairingInput>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, trimmedLength]],
    preScheduleId: ['', Validators.required],
    postScheduleId: ['', [Validators.required, (control: AbstractControl<string>) => this.laterThanPre(control)]],
  });

  private readonly preScheduleId = toSignal(this.form.controls.preScheduleId.valueChanges, { initialValue: '' });
  private readonly preStart = computed(() => this.schedules().find((schedule) => schedule.id === this.preScheduleId())?.startsOn ?? null);
  protected readonly laterSchedules = computed(() => {
    const start = this.preStart();
    return start === null ? this.schedules() : this.schedules().filter((schedule) => schedule.startsOn > start);
  });

  constructor() {
    effect(() => {
      if (this.savedCount() > 0) untracked(() => this.form.reset());
    });
    this.form.controls.preScheduleId.valueChanges.subscribe(() => this.form.controls.postScheduleId.updateValueAndValidity());
  }

  protected label(schedule: ScheduleSummary): string {
    return `${schedule.lessonTitle} · ${schedule.className} · ${shortSchoolDate(schedule.startsOn)}`;
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { name, preScheduleId, postScheduleId } = this.form.getRawValue();
    this.submitted.emit({ name: name.trim(), preScheduleId, postScheduleId });
  }

  private laterThanPre(control: AbstractControl<string>): ValidationErrors | null {
    if (!control.value || !this.form) return null;
    const pre = this.schedules().find((schedule) => schedule.id === this.form.controls.preScheduleId.value);
    const post = this.schedules().find((schedule) => schedule.id === control.value);
    return pre && post && post.startsOn <= pre.startsOn ? { notLater: true } : null;
  }
}
