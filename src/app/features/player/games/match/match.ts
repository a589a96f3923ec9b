import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { GameEvent, MatchContent, MatchPair } from '@koers/contracts';
import type { TranslationKey } from '../../../../core/i18n/dictionary';
import { I18n } from '../../../../core/i18n/i18n';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { GAME_NOW, elapsedSeconds } from '../game-clock';
import { GameSource } from '../game-source';
import { type MatchSide, type MatchState, allMatched, initialMatchState, matchScore, opleidingOrder, secondsLeft, tapCard } from './match.logic';

type MatchPhase = 'intro' | 'playing' | 'done';
const WARN_AT_SECONDS = [30, 10];
const SHAKE_MS = 450;
const TICK_MS = 250;

/** "Match!": link beroepen to opleidingen against the clock, by tapping (or keyboard), never drag-only. */
@Component({
  selector: 'app-match-game',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, MatProgressBar, NgTemplateOutlet, TranslatePipe, GameSource],
  template: `
    <section class="game" aria-labelledby="match-title">
      <h2 id="match-title" class="title"><mat-icon aria-hidden="true">join_inner</mat-icon> {{ 'games.match.title' | t }}</h2>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live">{{ announcement() }}</p>

      @switch (phase()) {
        @case ('intro') {
          <p>{{ 'games.match.intro' | t }}</p>
          <div class="starts">
            <button mat-flat-button type="button" class="big start-timed" (click)="start(true)">{{ 'games.match.startTimed' | t: { seconds: content().timeLimitSeconds } }}</button>
            <button mat-stroked-button type="button" class="big start-untimed" (click)="start(false)">{{ 'games.match.startUntimed' | t }}</button>
          </div>
        }
        @case ('playing') {
          @if (timed()) {
            <div class="clock" [class.hurry]="left() <= 10">
              <mat-icon aria-hidden="true">timer</mat-icon>
              <span class="seconds" aria-hidden="true">{{ 'games.timeLeft' | t: { seconds: left() } }}</span>
              <mat-progress-bar mode="determinate" [value]="(left() / content().timeLimitSeconds) * 100" [attr.aria-label]="'games.match.progressLabel' | t" />
            </div>
          }
          <p class="progress">{{ 'games.score' | t: { raw: state().matched.length, max: content().pairs.length } }}</p>
          <div class="board">
            <div class="column">
              <h3 id="match-beroepen">{{ 'games.match.beroepen' | t }}</h3>
              <ul aria-labelledby="match-beroepen">
                @for (pair of openBeroepen(); track pair.id) {
                  <li animate.leave="leaving">
                    <button mat-stroked-button type="button" class="tile beroep" [attr.data-pair]="pair.id" [class.selected]="isSelected('beroep', pair.id)" [class.shake]="shaking().includes('beroep:' + pair.id)" [attr.aria-pressed]="isSelected('beroep', pair.id)" (click)="tap('beroep', pair)">
                      {{ pair.beroep }}
                    </button>
                  </li>
                }
              </ul>
            </div>
            <div class="column">
              <h3 id="match-opleidingen">{{ 'games.match.opleidingen' | t }}</h3>
              <ul aria-labelledby="match-opleidingen">
                @for (pair of openOpleidingen(); track pair.id) {
                  <li animate.leave="leaving">
                    <button mat-stroked-button type="button" class="tile opleiding" [attr.data-pair]="pair.id" [class.selected]="isSelected('opleiding', pair.id)" [class.shake]="shaking().includes('opleiding:' + pair.id)" [attr.aria-pressed]="isSelected('opleiding', pair.id)" (click)="tap('opleiding', pair)">
                      {{ pair.opleiding }}
                    </button>
                  </li>
                }
              </ul>
            </div>
          </div>
          @if (matchedPairs().length) {
            <h3>{{ 'games.match.matchedHeading' | t }}</h3>
            <ul class="matched">
              @for (pair of matchedPairs(); track pair.id) {
                <li class="pop">
                  <ng-container *ngTemplateOutlet="pairFact; context: { $implicit: pair }" />
                </li>
              }
            </ul>
          }
        }
        @case ('done') {
          @let result = score();
          <div class="result pop">
            <h3 tabindex="-1" class="focus-target">{{ (timeUp() ? 'games.match.timeUp' : 'games.resultHeading') | t }}</h3>
            <p class="score">{{ 'games.score' | t: { raw: result.scoreRaw, max: result.scoreMax } }}</p>
            <p>{{ 'games.match.result' | t: { raw: result.scoreRaw, max: result.scoreMax } }}</p>
            <p>{{ (result.success ? 'games.successText' : 'games.tryText') | t }}</p>
          </div>
          @if (matchedPairs().length) {
            <h3>{{ 'games.match.matchedHeading' | t }}</h3>
            <ul class="matched">
              @for (pair of matchedPairs(); track pair.id) {
                <li><ng-container *ngTemplateOutlet="pairFact; context: { $implicit: pair }" /></li>
              }
            </ul>
          }
          @if (missedPairs().length) {
            <h3>{{ 'games.match.missedHeading' | t }}</h3>
            <ul class="matched missed">
              @for (pair of missedPairs(); track pair.id) {
                <li><ng-container *ngTemplateOutlet="pairFact; context: { $implicit: pair }" /></li>
              }
            </ul>
          }
        }
      }
    </section>

    <ng-template #pairFact let-pair>
      <p class="pair"><strong>{{ pair.beroep }}</strong> ↔ {{ pair.opleiding }}</p>
      <app-game-source [source]="pair.opleidingSource" />
      <p class="sector">{{ sectorKey(pair.sector) | t }}</p>
      <p class="fact">{{ pair.fact.text }}</p>
      <app-game-source [source]="pair.fact.source" />
    </ng-template>
  `,
  styleUrl: '../games.scss',
  styles: `
    .starts { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .clock { display: grid; grid-template-columns: auto auto 1fr; align-items: center; gap: 0.5rem; margin-bottom: 0.5rem; font: var(--mat-sys-title-medium); }
    .clock.hurry { color: var(--mat-sys-error); }
    .clock.hurry mat-icon { animation: shake 600ms ease-in-out infinite; }
    .board { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5rem; }
    @media (min-width: 600px) { .board { gap: 1.5rem; } }
    .column h3 { font: var(--mat-sys-title-small); margin: 0 0 0.5rem; }
    .column ul, .matched { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .tile { width: 100%; min-height: 56px; height: auto; padding: 0.5rem; white-space: normal; line-height: 1.25; overflow-wrap: anywhere; transition: transform 150ms, background-color 150ms; }
    .tile.selected { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); transform: scale(1.03); border-color: var(--mat-sys-primary); border-width: 2px; }
    .tile.shake { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .leaving { animation: leave 400ms ease-in forwards; }
    @keyframes leave { to { opacity: 0; transform: scale(0.6) rotate(-4deg); } }
    .matched { margin-top: 0.5rem; }
    .matched li { padding: 0.5rem 0.75rem; border-radius: 12px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .matched.missed li { background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface); }
    .matched p { margin: 0; }
    .pair { font: var(--mat-sys-body-large); }
    .sector { font: var(--mat-sys-label-medium); }
    .fact { margin-top: 0.25rem !important; }
  `,
})
export class MatchGame {
  readonly content = input.required<MatchContent>();
  readonly gameEvent = output<GameEvent>();

  private readonly now = inject(GAME_NOW);
  private readonly i18n = inject(I18n);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  private startedAt = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly warned = new Set<number>();

  protected readonly phase = signal<MatchPhase>('intro');
  protected readonly timed = signal(true);
  protected readonly state = signal<MatchState>(initialMatchState);
  protected readonly shaking = signal<readonly string[]>([]);
  protected readonly announcement = signal('');
  protected readonly elapsedMs = signal(0);
  protected readonly timeUp = signal(false);

  protected readonly opleidingen = computed(() => opleidingOrder(this.content().pairs));
  protected readonly openBeroepen = computed(() => this.content().pairs.filter((pair) => !this.state().matched.includes(pair.id)));
  protected readonly openOpleidingen = computed(() => this.opleidingen().filter((pair) => !this.state().matched.includes(pair.id)));
  protected readonly matchedPairs = computed(() => this.state().matched.map((id) => this.content().pairs.find((pair) => pair.id === id)).filter((pair): pair is MatchPair => !!pair));
  protected readonly missedPairs = computed(() => this.openBeroepen());
  protected readonly left = computed(() => secondsLeft(this.content().timeLimitSeconds, this.elapsedMs()));
  protected readonly score = computed(() => matchScore(this.content(), this.state()));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopClock());
  }

  protected sectorKey(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }

  protected isSelected(side: MatchSide, pairId: string): boolean {
    const selection = this.state().selection;
    return selection?.side === side && selection.pairId === pairId;
  }

  protected start(timed: boolean): void {
    if (this.phase() !== 'intro') return;
    this.timed.set(timed);
    this.phase.set('playing');
    this.startedAt = this.now();
    this.gameEvent.emit({ type: 'attempted' });
    if (timed) this.timer = setInterval(() => this.tick(), TICK_MS);
    this.focusAfterRender('.tile.beroep');
  }

  /** Clock tick: update the time left, warn at 30 and 10 seconds, stop at 0. */
  protected tick(): void {
    if (this.phase() !== 'playing' || !this.timed()) return;
    this.elapsedMs.set(this.now() - this.startedAt);
    const left = this.left();
    const warning = WARN_AT_SECONDS.find((seconds) => left <= seconds && !this.warned.has(seconds));
    if (warning !== undefined && left > 0) {
      WARN_AT_SECONDS.filter((seconds) => seconds >= left).forEach((seconds) => this.warned.add(seconds));
      this.announcement.set(this.i18n.translate('games.match.timeWarning', { seconds: left }));
    }
    if (left === 0) {
      this.timeUp.set(true);
      this.finish();
    }
  }

  protected tap(side: MatchSide, pair: MatchPair): void {
    if (this.phase() !== 'playing') return;
    const step = tapCard(this.state(), side, pair.id);
    this.state.set(step.state);
    if (step.kind === 'selected') {
      const label = side === 'beroep' ? pair.beroep : pair.opleiding;
      const other = this.i18n.translate(side === 'beroep' ? 'games.match.otherOpleiding' : 'games.match.otherBeroep');
      this.announcement.set(step.state.selection ? this.i18n.translate('games.match.selected', { label, other }) : '');
      return;
    }
    if (step.kind !== 'attempt') return;
    const beroep = this.content().pairs.find((candidate) => candidate.id === step.beroepId);
    const opleiding = this.content().pairs.find((candidate) => candidate.id === step.opleidingId);
    if (!beroep || !opleiding) return;
    this.gameEvent.emit({ type: 'answered', questionId: beroep.id, question: `Welke opleiding hoort bij ${beroep.beroep}?`, response: opleiding.opleiding, correct: step.correct });
    const params = { beroep: beroep.beroep, opleiding: opleiding.opleiding };
    if (step.correct) {
      this.announcement.set(`${this.i18n.translate('games.match.correct', params)} ${beroep.fact.text}`);
      if (allMatched(this.content(), step.state)) this.finish();
      else this.focusAfterRender('li:not(.leaving) > .tile.beroep');
    } else {
      this.announcement.set(this.i18n.translate('games.match.wrong', params));
      const ids = [`beroep:${beroep.id}`, `opleiding:${opleiding.id}`];
      this.shaking.set(ids);
      setTimeout(() => this.shaking.update((current) => (current === ids ? [] : current)), SHAKE_MS);
    }
  }

  private finish(): void {
    if (this.phase() !== 'playing') return;
    this.stopClock();
    this.phase.set('done');
    const { scoreRaw, scoreMax, success } = this.score();
    this.gameEvent.emit({ type: 'completed', scoreRaw, scoreMax, success, durationSeconds: elapsedSeconds(this.startedAt, this.now()) });
    const done = this.i18n.translate('games.completedAnnouncement', { raw: scoreRaw, max: scoreMax });
    this.announcement.set(this.timeUp() ? `${this.i18n.translate('games.match.timeUp')} ${done}` : done);
    this.focusAfterRender();
  }

  private stopClock(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private focusAfterRender(selector = '.focus-target'): void {
    afterNextRender(() => (this.host.nativeElement as HTMLElement).querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
