import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { GameEvent, PlayableStep } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DemoBadge } from './demo-badge';
import { GameHost } from '../games/game-host';
import { LessonTracker } from '../tracking/lesson-tracker';
import { gameAnswered, gameAttempted, gameCompleted } from '../tracking/statements';

export interface GameOutcome {
  readonly scoreRaw: number;
  readonly scoreMax: number;
}

/** A game step: hosts the built-in game and turns its events into attempted/answered/completed. */
@Component({
  selector: 'app-game-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DemoBadge, GameHost, MatButton, TranslatePipe],
  template: `
    <h2 tabindex="-1" class="title">{{ step().game.title }}</h2>
    @if (step().game.demo) {
      <app-demo-badge />
    }
    <!-- The module description is written for the decaan; the game's own intro speaks to the student. -->
    <app-game-host [content]="step().game.game" (gameEvent)="onEvent($event)" />
    @if (outcome(); as outcome) {
      <button mat-flat-button type="button" class="next" (click)="finished.emit(outcome)">{{ 'player.next' | t }}</button>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.75rem; }
    .next { justify-self: start; }
    .title { font: var(--mat-sys-headline-small); margin: 0; }
  `,
})
export class GameStep {
  readonly step = input.required<PlayableStep & { type: 'game' }>();
  readonly finished = output<GameOutcome>();
  private readonly tracker = inject(LessonTracker);
  protected readonly outcome = signal<GameOutcome | null>(null);

  protected onEvent(event: GameEvent): void {
    const ctx = this.tracker.context(this.step());
    switch (event.type) {
      case 'attempted':
        this.tracker.record(gameAttempted(ctx));
        break;
      case 'answered':
        this.tracker.record(gameAnswered(ctx, event));
        break;
      case 'completed':
        this.tracker.record(gameCompleted(ctx, event));
        this.outcome.set({ scoreRaw: event.scoreRaw, scoreMax: event.scoreMax });
        break;
    }
  }
}
