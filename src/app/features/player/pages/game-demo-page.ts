import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatCard } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { buildGameContent, type GameEvent, type ModuleDetail } from '@koers/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { type AppError, toAppError } from '../../../core/http/app-error';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { PlayerApi } from '../data/player.api';
import { GameHost } from '../games/game-host';

type Loaded = { readonly module: ModuleDetail } | { readonly error: AppError } | null;

/**
 * A demo round of a game module for the decaan: the real game with the module's settings,
 * exactly as students play it; nothing is recorded.
 */
@Component({
  selector: 'app-game-demo-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [GameHost, LoadingIndicator, MatCard, MatIcon, RequestError, RouterLink, TranslatePipe],
  template: `
    <div class="page">
      <a class="back" routerLink=".."><mat-icon aria-hidden="true">arrow_back</mat-icon>{{ 'modules.backToModule' | t }}</a>
      @let state = loaded();
      @if (state === null) {
        <app-loading-indicator />
      } @else if ('error' in state) {
        <app-request-error [error]="state.error" (retry)="attempt.set(attempt() + 1)" />
      } @else {
        <h1>{{ state.module.title }}</h1>
        <p class="preview-banner" role="note"><mat-icon aria-hidden="true">visibility</mat-icon>{{ 'modules.demoRoundNote' | t }}</p>
        @if (content(); as content) {
          <mat-card appearance="outlined" class="stage">
            <app-game-host [content]="content" (gameEvent)="onEvent($event)" />
          </mat-card>
        }
      }
    </div>
  `,
  styles: `
    .page { display: grid; gap: 1rem; max-width: 960px; margin: 0 auto; }
    .back { display: inline-flex; align-items: center; gap: 0.25rem; color: var(--mat-sys-primary); justify-self: start; }
    h1 { font: var(--mat-sys-headline-medium); margin: 0; }
    .preview-banner { display: flex; align-items: center; gap: 0.5rem; margin: 0; padding: 0.75rem 1rem; border-radius: 12px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .stage { padding: 1.25rem; }
  `,
})
export class GameDemoPage {
  /** Route parameter `:moduleId`. */
  readonly moduleId = input.required<string>();
  private readonly api = inject(PlayerApi);
  protected readonly attempt = signal(0);

  protected readonly loaded = toSignal(
    toObservable(computed(() => ({ id: this.moduleId(), attempt: this.attempt() }))).pipe(
      switchMap(({ id }) =>
        this.api.module(id).pipe(
          map((module): Loaded => ({ module })),
          catchError((error: unknown) => of<Loaded>({ error: toAppError(error) })),
          startWith<Loaded>(null),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly content = computed(() => {
    const state = this.loaded();
    return state && 'module' in state && state.module.game ? buildGameContent(state.module.game) : null;
  });

  /** A demo records nothing; the events are only logged for whoever looks in the console. */
  protected onEvent(event: GameEvent): void {
    if (event.type === 'completed') console.info('Koers demo round finished', event);
  }
}
