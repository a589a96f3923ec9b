import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type ChoiceShiftScope, type ClassSummary, LEERJAREN, type MeasurementPairing, NIVEAUS, type ScheduleSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

/** The scope filters of the choice-shift page. The scope comes in (from the URL); every change goes out whole. */
@Component({
  selector: 'app-choice-shift-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslatePipe],
  template: `
    <form [formGroup]="form" class="filters" [attr.aria-label]="'choiceShift.filters.heading' | t" (ngSubmit)="emit()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.klas' | t }}</mat-label>
        <mat-select formControlName="classId" (selectionChange)="emit()">
          <mat-option value="">{{ 'choiceShift.filters.all' | t }}</mat-option>
          @for (klas of classes(); track klas.id) {
            <mat-option [value]="klas.id">{{ klas.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.leerjaar' | t }}</mat-label>
        <mat-select formControlName="leerjaar" (selectionChange)="emit()">
          <mat-option value="">{{ 'choiceShift.filters.all' | t }}</mat-option>
          @for (leerjaar of leerjaren; track leerjaar) {
            <mat-option [value]="'' + leerjaar">{{ 'choiceShift.filters.leerjaarOption' | t: { leerjaar } }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.niveau' | t }}</mat-label>
        <mat-select formControlName="niveau" (selectionChange)="emit()">
          <mat-option value="">{{ 'choiceShift.filters.all' | t }}</mat-option>
          @for (niveau of niveaus; track niveau) {
            <mat-option [value]="niveau">{{ niveau }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.les' | t }}</mat-label>
        <mat-select formControlName="lessonId" (selectionChange)="emit()">
          <mat-option value="">{{ 'choiceShift.filters.all' | t }}</mat-option>
          @for (lesson of lessons(); track lesson.id) {
            <mat-option [value]="lesson.id">{{ lesson.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.planning' | t }}</mat-label>
        <mat-select formControlName="scheduleId" (selectionChange)="emit()">
          <mat-option value="">{{ 'choiceShift.filters.all' | t }}</mat-option>
          @for (schedule of schedules(); track schedule.id) {
            <mat-option [value]="schedule.id">{{ schedule.lessonTitle }} · {{ schedule.className }} · {{ date(schedule.startsOn) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (pairings().length) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'choiceShift.filters.koppeling' | t }}</mat-label>
          <mat-select formControlName="pairingId" (selectionChange)="emit()">
            <mat-option value="">{{ 'choiceShift.filters.all' | t }}</mat-option>
            @for (pairing of pairings(); track pairing.id) {
              <mat-option [value]="pairing.id">{{ pairing.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.van' | t }}</mat-label>
        <input matInput type="date" formControlName="from" (change)="emit()" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'choiceShift.filters.tot' | t }}</mat-label>
        <input matInput type="date" formControlName="to" (change)="emit()" />
      </mat-form-field>
      <button mat-button type="button" class="clear" (click)="clear()">{{ 'choiceShift.filters.clear' | t }}</button>
    </form>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; }
    mat-form-field { flex: 1 1 12rem; }
  `,
})
export class ChoiceShiftFilters {
  readonly scope = input.required<ChoiceShiftScope>();
  readonly classes = input<readonly ClassSummary[]>([]);
  readonly lessons = input<readonly { readonly id: string; readonly title: string }[]>([]);
  readonly schedules = input<readonly ScheduleSummary[]>([]);
  readonly pairings = input<readonly MeasurementPairing[]>([]);
  readonly scopeChanged = output<ChoiceShiftScope>();

  protected readonly leerjaren = LEERJAREN;
  protected readonly niveaus = NIVEAUS;
  protected readonly date = shortSchoolDate;
  protected readonly form = inject(NonNullableFormBuilder).group({
    classId: '',
    leerjaar: '',
    niveau: '',
    lessonId: '',
    scheduleId: '',
    pairingId: '',
    from: '',
    to: '',
  });

  constructor() {
    effect(() => {
      const scope = this.scope();
      this.form.setValue(
        {
          classId: scope.classId ?? '',
          leerjaar: scope.leerjaar === undefined ? '' : String(scope.leerjaar),
          niveau: scope.niveau ?? '',
          lessonId: scope.lessonId ?? '',
          scheduleId: scope.scheduleId ?? '',
          pairingId: scope.pairingId ?? '',
          from: scope.from ?? '',
          to: scope.to ?? '',
        },
        { emitEvent: false },
      );
    });
  }

  protected emit(): void {
    const value = this.form.getRawValue();
    const scope: ChoiceShiftScope = {
      ...(value.classId && { classId: value.classId }),
      ...(value.leerjaar && { leerjaar: Number(value.leerjaar) }),
      ...(value.niveau && { niveau: value.niveau }),
      ...(value.lessonId && { lessonId: value.lessonId }),
      ...(value.scheduleId && { scheduleId: value.scheduleId }),
      ...(value.pairingId && { pairingId: value.pairingId }),
      ...(value.from && { from: value.from }),
      ...(value.to && { to: value.to }),
    };
    this.scopeChanged.emit(scope);
  }

  protected clear(): void {
    this.form.reset();
    this.emit();
  }
}
