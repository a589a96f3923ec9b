import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { type KansrijkRuleChange, type KansrijkRuleState, PROSPECT_SCORES, type ProspectScore } from '@koers/contracts';
import type { AppError } from '../../../core/http/app-error';
import { errorText } from '../../../core/http/error-message';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

/** The kansrijk rule: what it is now, how scores are made, why a change is no shift, a change form and its history. */
@Component({
  selector: 'app-rule-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatError, MatFormField, MatHint, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslatePipe],
  template: `
    @if (rule(); as rule) {
      <p class="current">
        {{ 'prospects.rule.current' | t: { score: rule.current.minScore, version: rule.current.version, by: rule.current.changedBy, date: date(rule.current.changedAt) } }}
      </p>
      @if (rule.current.note) {
        <p class="muted">{{ 'prospects.rule.reason' | t: { note: rule.current.note } }}</p>
      }
    }

    <h3>{{ 'prospects.rule.howHeading' | t }}</h3>
    <ol class="how">
      <li>{{ 'prospects.rule.how.real' | t }}</li>
      <li>{{ 'prospects.rule.how.level' | t }}</li>
      <li>{{ 'prospects.rule.how.status' | t }}</li>
      <li>{{ 'prospects.rule.how.year' | t }}</li>
      <li>{{ 'prospects.rule.how.outdated' | t }}</li>
      <li>{{ 'prospects.rule.how.none' | t }}</li>
    </ol>

    <h3>{{ 'prospects.rule.whyHeading' | t }}</h3>
    <p>{{ 'prospects.rule.why' | t }}</p>

    <h3>{{ 'prospects.rule.changeHeading' | t }}</h3>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="change">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'prospects.rule.minScore' | t }}</mat-label>
        <mat-select formControlName="minScore" required>
          @for (score of scores; track score) {
            <mat-option [value]="score">{{ 'prospects.rule.minScoreOption' | t: { score } }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="note">
        <mat-label>{{ 'prospects.rule.note' | t }}</mat-label>
        <textarea matInput formControlName="note" rows="3" required maxlength="500"></textarea>
        <mat-hint>{{ 'prospects.rule.noteHint' | t }}</mat-hint>
        @if (form.controls.note.invalid) {
          <mat-error>{{ 'prospects.rule.noteInvalid' | t }}</mat-error>
        }
        @if (serverNoteError(); as message) {
          <mat-hint class="error">{{ message }}</mat-hint>
        }
      </mat-form-field>
      @if (errorMessage(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
      <div>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'prospects.rule.submit' | t }}</button>
      </div>
    </form>

    @if (rule(); as rule) {
      <h3>{{ 'prospects.rule.historyHeading' | t }}</h3>
      <ul class="history">
        @for (version of rule.history; track version.version) {
          <li>
            <strong>{{ 'prospects.rule.historyItem' | t: { version: version.version, score: version.minScore } }}</strong>
            @if (version.version === rule.current.version) {
              <span class="badge">({{ 'prospects.rule.currentVersion' | t }})</span>
            }
            <br />
            <span class="muted">{{ 'prospects.rule.historyMeta' | t: { by: version.changedBy, date: date(version.changedAt) } }}</span>
            @if (version.note) {
              <br />
              {{ version.note }}
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host { display: block; }
    .current { font-size: 1.05rem; font-weight: 500; }
    h3 { font-size: 1rem; margin-top: 1.5rem; }
    .how li, .history li { margin-bottom: 0.5rem; }
    .change { display: flex; flex-direction: column; max-width: 36rem; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .error { color: var(--mat-sys-error); }
    .badge { margin-inline-start: 0.25rem; }
  `,
})
export class RulePanel {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18n);
  readonly rule = input<KansrijkRuleState | null>(null);
  readonly saving = input(false);
  readonly error = input<AppError | null>(null);
  readonly changed = output<KansrijkRuleChange>();

  protected readonly scores = PROSPECT_SCORES;
  protected readonly form = this.fb.group({
    minScore: this.fb.control<ProspectScore>(4, [Validators.required]),
    note: this.fb.control('', [Validators.required, Validators.minLength(3), Validators.maxLength(500), Validators.pattern(/\S/)]),
  });
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? errorText(this.i18n, error) : null;
  });
  protected readonly serverNoteError = computed(() => this.error()?.fieldErrors.find((error) => error.field === '/note' || error.field === 'note')?.message ?? null);

  constructor() {
    // The form starts at the current threshold; a new version clears the note.
    effect(() => {
      const current = this.rule()?.current;
      if (current) untracked(() => this.form.reset({ minScore: current.minScore, note: '' }));
    });
  }

  protected date(iso: string): string {
    return shortSchoolDate(iso.slice(0, 10));
  }

  protected submit(): void {
    if (this.form.invalid || this.form.getRawValue().note.trim().length < 3) {
      this.form.markAllAsTouched();
      return;
    }
    const { minScore, note } = this.form.getRawValue();
    this.changed.emit({ minScore, note: note.trim() });
  }
}
