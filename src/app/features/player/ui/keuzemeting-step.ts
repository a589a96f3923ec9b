import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
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
  type Opleiding,
  type Sector,
} from '@koers/contracts';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import type { TranslationKey, TranslationParams } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { OpleidingenSearch } from '../data/opleidingen-search';

interface ChoiceRow {
  kind: 'sector' | 'opleiding';
  sector: Sector | null;
  label: string;
  /** The catalogue opleiding the student picked from the search; null while the text is their own. */
  opleiding: Opleiding | null;
}

/** The search starts at this many characters, after this pause in typing. */
export const OPLEIDING_SEARCH_MIN_CHARS = 2;
export const OPLEIDING_SEARCH_DEBOUNCE_MS = 200;

const emptyRow = (): ChoiceRow => ({ kind: 'sector', sector: null, label: '', opleiding: null });

/**
 * The keuzemeting (choice measurement, contracts/keuzemeting.ts): up to three choices in order —
 * a sector or an opleiding — or "weet ik nog niet", a certainty 1–5 and an optional reason. An
 * opleiding is searched in the catalogue (GET /api/opleidingen, after a short pause in typing); when
 * nothing fits, the student's own text counts (opleidingId and sector null).
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
    MatAutocomplete,
    MatAutocompleteTrigger,
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
                    <input
                      matInput
                      [name]="'opleiding' + i"
                      maxlength="120"
                      autocomplete="off"
                      [matAutocomplete]="search"
                      [ngModel]="row.label"
                      (ngModelChange)="typedOrPicked(i, $event)"
                    />
                    <mat-autocomplete #search="matAutocomplete" [displayWith]="displayName" (optionSelected)="picked(i, $event.option.value)">
                      @for (item of resultsFor(i); track item.id) {
                        <mat-option [value]="item">
                          <span class="option-name">{{ item.name }}</span>{{ ' ' }}
                          <span class="option-detail">{{ detailKey(item) | t: detailParams(item) }} · {{ sectorLabel(item.sector) | t }}</span>
                        </mat-option>
                      }
                    </mat-autocomplete>
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
    .option-name { display: block; line-height: 1.25; }
    .option-detail { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    button[type='submit'] { justify-self: start; }
  `,
})
export class KeuzemetingStep {
  readonly moment = input.required<KeuzemetingMoment>();
  readonly measured = output<Keuzemeting>();
  protected readonly sectors = SECTORS;
  protected readonly maxChoices = KEUZEMETING_MAX_CHOICES;
  protected readonly rows = signal<ChoiceRow[]>([emptyRow()]);
  protected readonly weetNiet = signal(false);
  protected readonly certainty = signal<Keuzemeting['certainty'] | null>(null);
  protected reason = '';
  protected readonly problem = signal<TranslationKey | null>(null);

  /** Rows that are filled in, as contract choices. */
  private readonly choices = computed<KeuzemetingChoice[]>(() =>
    this.rows().flatMap((row): KeuzemetingChoice[] => {
      if (row.kind === 'sector') return row.sector ? [{ kind: 'sector', sector: row.sector }] : [];
      const label = row.label.trim();
      if (row.opleiding && row.opleiding.name === row.label) {
        return [{ kind: 'opleiding', opleidingId: row.opleiding.id, label: row.opleiding.name, sector: row.opleiding.sector }];
      }
      return label.length >= 2 ? [{ kind: 'opleiding', opleidingId: null, label, sector: null }] : [];
    }),
  );

  private readonly search = inject(OpleidingenSearch);
  private readonly queries = new Subject<{ readonly index: number; readonly text: string }>();
  /** Search results for the row the student is typing in. */
  private readonly results = signal<{ readonly index: number; readonly items: readonly Opleiding[] }>({ index: -1, items: [] });

  constructor() {
    this.queries
      .pipe(
        debounceTime(OPLEIDING_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged((a, b) => a.index === b.index && a.text === b.text),
        switchMap(({ index, text }) =>
          text.length < OPLEIDING_SEARCH_MIN_CHARS
            ? of({ index, items: [] as readonly Opleiding[] })
            : this.search.search(text).pipe(
                map((items) => ({ index, items })),
                // Without the search the student can still type their own text.
                catchError(() => of({ index, items: [] as readonly Opleiding[] })),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((results) => this.results.set(results));
  }

  protected resultsFor(index: number): readonly Opleiding[] {
    const results = this.results();
    return results.index === index ? results.items : [];
  }

  /** The input shows the name, both for a picked opleiding and for typed text. */
  protected displayName(value: Opleiding | string | null): string {
    return typeof value === 'string' ? value : (value?.name ?? '');
  }

  protected detailKey(opleiding: Opleiding): TranslationKey {
    if (opleiding.type === 'mbo') return opleiding.niveau ? 'player.keuzemeting.opleidingType.mboNiveau' : 'player.keuzemeting.opleidingType.mbo';
    return opleiding.type === 'hbo' ? 'player.keuzemeting.opleidingType.hbo' : 'player.keuzemeting.opleidingType.wo';
  }

  protected detailParams(opleiding: Opleiding): TranslationParams {
    return { niveau: opleiding.niveau ?? '' };
  }

  /** ngModel gives the typed text, or the option's opleiding when one is chosen. */
  protected typedOrPicked(index: number, value: string | Opleiding): void {
    if (typeof value !== 'string') return this.picked(index, value);
    const current = this.rows()[index];
    this.update(index, { label: value, opleiding: current?.opleiding?.name === value ? current.opleiding : null });
    this.queries.next({ index, text: value.trim() });
  }

  protected picked(index: number, opleiding: Opleiding): void {
    this.update(index, { label: opleiding.name, opleiding });
  }

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
    this.rows.update((rows) => (rows.length < KEUZEMETING_MAX_CHOICES ? [...rows, emptyRow()] : rows));
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
    this.results.set({ index: -1, items: [] });
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
