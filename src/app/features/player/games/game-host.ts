import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { GameContent, GameEvent } from '@koers/contracts';
import { EenDagAls } from './een-dag-als/een-dag-als';
import { KansOfGeenKans } from './kans-of-geen-kans/kans-of-geen-kans';
import { MatchGame } from './match/match';

/**
 * Plays one built-in game: picks the component by `content.kind` and passes its events on.
 * `<app-game-host [content]="step.game.game" (gameEvent)="record($event)" />`
 */
@Component({
  selector: 'app-game-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [KansOfGeenKans, EenDagAls, MatchGame],
  template: `
    <!-- One pass of the loop per content object, so new content starts a fresh game. -->
    @for (entry of [{ game: content() }]; track entry.game) {
      @let game = entry.game;
      @switch (game.kind) {
        @case ('kans-of-geen-kans') {
          <app-kans-of-geen-kans [content]="game" (gameEvent)="gameEvent.emit($event)" />
        }
        @case ('een-dag-als') {
          <app-een-dag-als [content]="game" (gameEvent)="gameEvent.emit($event)" />
        }
        @case ('match') {
          <app-match-game [content]="game" (gameEvent)="gameEvent.emit($event)" />
        }
      }
    }
  `,
})
export class GameHost {
  readonly content = input.required<GameContent>();
  readonly gameEvent = output<GameEvent>();
}
