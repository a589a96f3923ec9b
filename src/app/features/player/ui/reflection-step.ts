import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { PlayableStep } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** A reflection question: open (text) or multiple choice. Emits the answer. */
@Component({
  selector: 'app-reflection-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButton, MatFormField, MatInput, MatLabel, MatRadioButton, MatRadioGroup, TranslatePipe],
  template: `
    <form (ngSubmit)="submit()" novalidate>
      <h2 tabindex="-1" id="question-{{ step().id }}">{{ step().question }}</h2>
      @if (step().options.length > 0) {
        <mat-radio-group class="options" name="choice" [attr.aria-labelledby]="'question-' + step().id" [(ngModel)]="answer">
          @for (option of step().options; track $index) {
            <mat-radio-button [value]="option">{{ option }}</mat-radio-button>
          }
        </mat-radio-group>
      } @else {
        <mat-form-field appearance="outline" class="answer">
          <mat-label>{{ 'player.reflection.answer' | t }}</mat-label>
          <textarea matInput name="answer" rows="4" maxlength="2000" [(ngModel)]="answer"></textarea>
        </mat-form-field>
      }
      @if (showRequired()) {
        <p class="error" role="alert">{{ 'player.reflection.required' | t }}</p>
      }
      <button mat-flat-button type="submit">{{ 'player.next' | t }}</button>
    </form>
  `,
  styles: `
    form { display: grid; gap: 1rem; justify-items: start; }
    h2 { font: var(--mat-sys-headline-small); margin: 0; }
    .options { display: grid; gap: 0.25rem; }
    .answer { width: 100%; }
    .error { color: var(--mat-sys-error); margin: 0; }
  `,
})
export class ReflectionStep {
  readonly step = input.required<PlayableStep & { type: 'reflectie' }>();
  readonly answered = output<string>();
  protected answer = '';
  protected readonly showRequired = signal(false);

  protected submit(): void {
    const answer = this.answer.trim();
    if (!answer) {
      this.showRequired.set(true);
      return;
    }
    this.answered.emit(answer);
  }
}
