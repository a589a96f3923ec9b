import { ChangeDetectionStrategy, Component, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { VideoRating } from '../tracking/statements';

/** The two questions after every video (SEOR user research) and an optional comment. */
@Component({
  selector: 'app-rating-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButton, MatButtonToggle, MatButtonToggleGroup, MatFormField, MatInput, MatLabel, TranslatePipe],
  template: `
    <form class="rating" (ngSubmit)="submit()" novalidate>
      <h3>{{ 'player.rating.heading' | t }}</h3>
      <fieldset>
        <legend id="realism-label">{{ 'player.rating.realism' | t }}</legend>
        <div class="scale">
          <span class="end" aria-hidden="true">{{ 'player.rating.realismLow' | t }}</span>
          <mat-button-toggle-group name="realism" aria-labelledby="realism-label" [value]="realism()" (change)="realism.set($event.value)">
            @for (value of [1, 2, 3, 4, 5]; track value) {
              <mat-button-toggle [value]="value" [aria-label]="value === 1 ? '1 – ' + ('player.rating.realismLow' | t) : value === 5 ? '5 – ' + ('player.rating.realismHigh' | t) : '' + value">{{ value }}</mat-button-toggle>
            }
          </mat-button-toggle-group>
          <span class="end" aria-hidden="true">{{ 'player.rating.realismHigh' | t }}</span>
        </div>
      </fieldset>
      <fieldset>
        <legend id="learned-label">{{ 'player.rating.learned' | t }}</legend>
        <mat-button-toggle-group name="learned" aria-labelledby="learned-label" [value]="learned()" (change)="learned.set($event.value)">
          @for (value of learnedOptions; track value) {
            <mat-button-toggle [value]="value">{{ learnedLabel(value) | t }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
      </fieldset>
      <mat-form-field appearance="outline" class="comment">
        <mat-label>{{ 'player.rating.comment' | t }}</mat-label>
        <textarea matInput name="comment" rows="2" maxlength="1000" [(ngModel)]="comment"></textarea>
      </mat-form-field>
      @if (showRequired()) {
        <p class="error" role="alert">{{ 'player.rating.required' | t }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit">{{ 'player.next' | t }}</button>
        <button mat-button type="button" (click)="skipped.emit()">{{ 'player.skip' | t }}</button>
      </div>
    </form>
  `,
  styles: `
    .rating { display: grid; gap: 1rem; }
    h3 { font: var(--mat-sys-title-large); margin: 0; }
    fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
    mat-button-toggle-group { justify-self: start; }
    legend { font: var(--mat-sys-title-medium); margin-bottom: 0.5rem; }
    .scale { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .end { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .comment { width: 100%; }
    .error { color: var(--mat-sys-error); margin: 0; }
    .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
  `,
})
export class RatingForm {
  readonly rated = output<VideoRating>();
  readonly skipped = output<void>();
  protected readonly learnedOptions = ['ja', 'een-beetje', 'nee'] as const;
  protected readonly realism = signal<VideoRating['realism'] | null>(null);
  protected readonly learned = signal<VideoRating['learned'] | null>(null);
  protected comment = '';
  protected readonly showRequired = signal(false);

  protected learnedLabel(value: VideoRating['learned']): TranslationKey {
    return `player.rating.${value}`;
  }

  protected submit(): void {
    const realism = this.realism();
    const learned = this.learned();
    if (realism === null || learned === null) {
      this.showRequired.set(true);
      return;
    }
    this.rated.emit({ realism, learned, comment: this.comment.trim().slice(0, 1000) });
  }
}
