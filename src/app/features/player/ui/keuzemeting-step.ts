import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  KEUZEMETING_MAX_CHOICES,
  SECTORS,
  choiceKey,
  type Keuzemeting,
  type KeuzemetingChoice,
  type KeuzemetingMoment,
  type Sector,
} from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

interface ChoiceRow {
  kind: 'sector' | 'opleiding';
  sector: Sector | null;
  label: string;
}

/**
 * The keuzemeting (choice measurement, contracts/keuzemeting.ts): up to three choices in order —
 * a sector or an opleiding — or "weet ik nog niet", a certainty 1–5 and an optional reason.
 * About a minute; every control is a labelled native or Material form control.
 */
@Component({
  selector: 'app-keuzemeting-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCheckbox,
    MatFormField,
    MatHint,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    TranslatePipe,
  ],
  template: `
    <form (ngSubmit)="submit()" novalidate>
      <h2 tabindex="-1">{{ (moment() === 'voor' ? 'player.stepTypes.keuzemeting-voor' : 'player.stepTypes.keuzemeting-na') | t }}</h2>
      <p class="intro">{{ (moment() === 'voor' ? 'player.keuzemeting.introVoor' : 'player.keuzemeting.introNa') | t }}</p>

      @if (!weetNiet()) {
        <ol class="choices">
          @for (row of rows(); track $index; let i = $index) {
            <li>
              <fieldset>
                <legend>{{ 'player.keuzemeting.choiceLabel' | t: { n: i + 1 } }}</legend>
                <mat-button-toggle-group [name]="'kind' + i" [attr.aria-label]="'player.keuzemeting.kind' | t" [value]="row.kind" (change)="setKind(i, $event.value)">
                  <mat-button-toggle value="sector">{{ 'player.keuzemeting.kindSector' | t }}</mat-button-toggle>
                  <mat-button-toggle value="opleiding">{{ 'player.keuzemeting.kindOpleiding' | t }}</mat-button-toggle>
                </mat-button-toggle-group>
                @if (row.kind === 'sector') {
                  <mat-form-field appearance="outline">
                    <mat-label>{{ 'player.keuzemeting.sector' | t }}</mat-label>
                    <mat-select [value]="row.sector" (selectionChange)="update(i, { sector: $event.value })">
                      @for (sector of sectors; track sector) {
                        <mat-option [value]="sector">{{ sectorLabel(sector) | t }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                } @else {
                  <mat-form-field appearance="outline">
                    <mat-label>{{ 'player.keuzemeting.opleiding' | t }}</mat-label>
                    <input matInput [name]="'opleiding' + i" maxlength="120" autocomplete="off" [ngModel]="row.label" (ngModelChange)="update(i, { label: $event })" />
                    <mat-hint>{{ 'player.keuzemeting.opleidingHint' | t }}</mat-hint>
                  </mat-form-field>
                }
                @if (rows().length > 1) {
                  <button mat-icon-button type="button" [attr.aria-label]="'player.keuzemeting.removeChoice' | t: { n: i + 1 }" (click)="remove(i)">
                    <mat-icon>delete</mat-icon>
                  </button>
                }
              </fieldset>
            </li>
          }
        </ol>
        @if (rows().length < maxChoices) {
          <button mat-stroked-button type="button" class="add" (click)="add()"><mat-icon>add</mat-icon>{{ 'player.keuzemeting.addChoice' | t }}</button>
        }
      }
      <mat-checkbox name="weetNiet" [checked]="weetNiet()" (change)="weetNiet.set($event.checked)">{{ 'player.keuzemeting.weetNiet' | t }}</mat-checkbox>

      <fieldset>
        <legend id="certainty-label">{{ 'player.keuzemeting.certainty' | t }}</legend>
        <div class="scale">
          <span aria-hidden="true" class="end">{{ 'player.keuzemeting.certaintyLow' | t }}</span>
          <mat-button-toggle-group name="certainty" aria-labelledby="certainty-label" [value]="certainty()" (change)="certainty.set($event.value)">
            @for (value of [1, 2, 3, 4, 5]; track value) {
              <mat-button-toggle [value]="value">{{ value }}</mat-button-toggle>
            }
          </mat-button-toggle-group>
          <span aria-hidden="true" class="end">{{ 'player.keuzemeting.certaintyHigh' | t }}</span>
        </div>
      </fieldset>

      <mat-form-field appearance="outline" class="reason">
        <mat-label>{{ 'player.keuzemeting.reason' | t }}</mat-label>
        <textarea matInput name="reason" rows="2" maxlength="500" [(ngModel)]="reason"></textarea>
      </mat-form-field>

      @if (problem(); as problem) {
        <p class="error" role="alert">{{ problem | t }}</p>
      }
      <button mat-flat-button type="submit">{{ 'player.next' | t }}</button>
    </form>
  `,
  styles: `
    form { display: grid; gap: 1rem; }
    h2 { font: var(--mat-sys-headline-small); margin: 0; }
    .intro { margin: 0; }
    .choices { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
    mat-button-toggle-group { justify-self: start; }
    legend { font: var(--mat-sys-title-medium); margin-bottom: 0.5rem; }
    mat-form-field { flex: 1 1 16rem; }
    .add { justify-self: start; }
    .scale { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .end { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .reason { width: 100%; }
    .error { color: var(--mat-sys-error); margin: 0; }
    button[type='submit'] { justify-self: start; }
  `,
})
export class KeuzemetingStep {
  readonly moment = input.required<KeuzemetingMoment>();
  readonly measured = output<Keuzemeting>();
  protected readonly sectors = SECTORS;
  protected readonly maxChoices = KEUZEMETING_MAX_CHOICES;
  protected readonly rows = signal<ChoiceRow[]>([{ kind: 'sector', sector: null, label: '' }]);
  protected readonly weetNiet = signal(false);
  protected readonly certainty = signal<Keuzemeting['certainty'] | null>(null);
  protected reason = '';
  protected readonly problem = signal<TranslationKey | null>(null);

  /** Rows that are filled in, as contract choices. */
  private readonly choices = computed<KeuzemetingChoice[]>(() =>
    this.rows().flatMap((row): KeuzemetingChoice[] => {
      if (row.kind === 'sector') return row.sector ? [{ kind: 'sector', sector: row.sector }] : [];
      const label = row.label.trim();
      return label.length >= 2 ? [{ kind: 'opleiding', opleidingId: null, label, sector: null }] : [];
    }),
  );

  protected sectorLabel(sector: Sector): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }

  protected setKind(index: number, kind: ChoiceRow['kind']): void {
    this.update(index, { kind });
  }

  protected update(index: number, change: Partial<ChoiceRow>): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected add(): void {
    this.rows.update((rows) => (rows.length < KEUZEMETING_MAX_CHOICES ? [...rows, { kind: 'sector', sector: null, label: '' }] : rows));
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }

  protected submit(): void {
    const choices: KeuzemetingChoice[] = this.weetNiet() ? [{ kind: 'weet-niet' }] : this.choices();
    if (choices.length === 0) return this.problem.set('player.keuzemeting.required');
    if (new Set(choices.map(choiceKey)).size !== choices.length) return this.problem.set('player.keuzemeting.duplicate');
    const certainty = this.certainty();
    if (certainty === null) return this.problem.set('player.keuzemeting.certaintyRequired');
    this.problem.set(null);
    this.measured.emit({ choices, certainty, reason: this.reason.trim().slice(0, 500) });
  }
}
