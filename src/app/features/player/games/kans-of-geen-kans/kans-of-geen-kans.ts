import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { type GameEvent, type KansOfGeenKansContent, PROSPECT_SCORES, type ProspectScore } from '@koers/contracts';
import type { TranslationKey } from '../../../../core/i18n/dictionary';
import { I18n } from '../../../../core/i18n/i18n';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { GAME_NOW, elapsedSeconds } from '../game-clock';
import { GameSource } from '../game-source';
import { type GuessFeedback, type KansState, guessFeedback, guessKans, initialKansState, kansScore, nextKans, startKans } from './kans-of-geen-kans.logic';

const LEVEL_KEYS: Readonly<Record<ProspectScore, TranslationKey>> = {
  1: 'games.prospect.level1',
  2: 'games.prospect.level2',
  3: 'games.prospect.level3',
  4: 'games.prospect.level4',
  5: 'games.prospect.level5',
};

const FEEDBACK_KEYS: Readonly<Record<GuessFeedback, TranslationKey>> = {
  exact: 'games.kans.exact',
  close: 'games.kans.close',
  off: 'games.kans.off',
};

/** "Kans of geen kans?": guess the job prospects per beroep/opleiding, then see the indicator and its source. */
@Component({
  selector: 'app-kans-of-geen-kans',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe, GameSource],
  template: `
    <section class="game" [attr.aria-labelledby]="'kans-title'">
      <h2 id="kans-title" class="title"><mat-icon aria-hidden="true">trending_up</mat-icon> {{ 'games.kans.title' | t }}</h2>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live">{{ announcement() }}</p>

      @switch (state().phase) {
        @case ('intro') {
          <p>{{ 'games.kans.intro' | t }}</p>
          <button mat-flat-button type="button" class="big" (click)="start()">{{ 'games.start' | t }}</button>
        }
        @case ('done') {
          @let result = score();
          <div class="result pop">
            <h3 tabindex="-1" class="focus-target">{{ 'games.resultHeading' | t }}</h3>
            <p class="score">{{ 'games.score' | t: { raw: result.scoreRaw, max: result.scoreMax } }}</p>
            <p>{{ 'games.kans.result' | t: { raw: result.scoreRaw, max: result.scoreMax } }}</p>
            <p>{{ (result.success ? 'games.successText' : 'games.tryText') | t }}</p>
          </div>
        }
        @default {
          @let q = question();
          @if (q) {
            <p class="progress">{{ 'games.kans.progress' | t: { current: state().index + 1, total: total() } }}</p>
            <div class="card" [class.slide-in]="state().phase === 'guess'">
              <h3 class="beroep">{{ q.beroep }}</h3>
              <p class="opleiding"><span class="label">{{ 'games.kans.opleiding' | t }}:</span> {{ q.opleiding.text }}</p>
              <p class="sector">{{ sectorKey(q.sector) | t }}</p>

              @if (state().phase === 'guess') {
                <fieldset class="levels">
                  <legend>{{ 'games.kans.question' | t: { beroep: q.beroep } }}</legend>
                  @for (level of levels; track level) {
                    <button mat-stroked-button type="button" class="level" [attr.data-level]="level" (click)="guess(level)">
                      <span class="dot" aria-hidden="true">{{ level }}</span> {{ levelKeys[level] | t }}
                    </button>
                  }
                </fieldset>
              } @else {
                @let g = currentGuess();
                <div class="reveal">
                  <p class="feedback" [attr.data-feedback]="feedback()">{{ feedbackKeys[feedback()] | t }}</p>
                  <div class="meter" role="img" [attr.aria-label]="('games.prospect.scale' | t) + ': ' + (levelKeys[q.prospect] | t)">
                    @for (level of levels; track level) {
                      <span class="segment" [class.filled]="level <= q.prospect" [style.transition-delay.ms]="level * 120" [attr.data-level]="level"></span>
                    }
                  </div>
                  <ul class="legend">
                    @if (g) {
                      <li class="guess">{{ 'games.kans.yourGuess' | t: { level: (levelKeys[g] | t) } }}</li>
                    }
                    <li class="real">{{ 'games.kans.real' | t: { level: (levelKeys[q.prospect] | t) } }}</li>
                  </ul>
                  <p class="estimate">
                    {{ 'games.kans.estimateNote' | t }}
                    @if (q.prospectSource.illustrative) {
                      <span class="badge" [attr.title]="'games.source.illustrativeHint' | t">{{ 'games.source.illustrative' | t }}</span>
                    }
                  </p>
                  <p class="signal">{{ q.signal.text }}</p>
                  <app-game-source [source]="q.signal.source" />
                  <p class="explanation">{{ q.explanation }}</p>
                  <button mat-flat-button type="button" class="big next focus-target" (click)="next()">{{ (isLast() ? 'games.done' : 'games.next') | t }}</button>
                </div>
              }
            </div>
          }
        }
      }
    </section>
  `,
  styleUrl: '../games.scss',
  styles: `
    .beroep { margin: 0; font: var(--mat-sys-headline-small); overflow-wrap: anywhere; }
    .opleiding { margin: 0.25rem 0 0; }
    .label { font-weight: 500; }
    .sector { display: inline-block; margin: 0.5rem 0 0; padding: 0.125rem 0.75rem; border-radius: 999px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); font: var(--mat-sys-label-medium); }
    .levels { border: 0; margin: 1rem 0 0; padding: 0; display: grid; gap: 0.5rem; }
    .levels legend { font: var(--mat-sys-title-medium); margin-bottom: 0.5rem; padding: 0; }
    @media (min-width: 720px) { .levels { grid-template-columns: repeat(5, 1fr); } .levels legend { grid-column: 1 / -1; } }
    .level { min-height: 56px; justify-content: flex-start; font-size: 1rem; }
    .dot { display: inline-grid; place-items: center; width: 1.75rem; height: 1.75rem; margin-inline-end: 0.5rem; border-radius: 50%; color: #fff; font-weight: 700; }
    .level[data-level='1'] .dot, .segment[data-level='1'].filled { background: #b3261e; }
    .level[data-level='2'] .dot, .segment[data-level='2'].filled { background: #c4581c; }
    .level[data-level='3'] .dot, .segment[data-level='3'].filled { background: #8a6d00; }
    .level[data-level='4'] .dot, .segment[data-level='4'].filled { background: #3b7d23; }
    .level[data-level='5'] .dot, .segment[data-level='5'].filled { background: #1b6b3a; }
    .reveal { margin-top: 1rem; }
    .feedback { margin: 0 0 0.5rem; font: var(--mat-sys-headline-small); animation: pop 400ms ease-out; }
    .meter { display: grid; grid-template-columns: repeat(5, 1fr); gap: 4px; height: 20px; }
    .segment { border-radius: 4px; background: var(--mat-sys-surface-container-highest); transform-origin: left; animation: grow 500ms ease-out both; transition: background-color 300ms; }
    .segment:nth-child(2) { animation-delay: 100ms; } .segment:nth-child(3) { animation-delay: 200ms; }
    .segment:nth-child(4) { animation-delay: 300ms; } .segment:nth-child(5) { animation-delay: 400ms; }
    .legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font: var(--mat-sys-label-large); }
    .signal { margin: 0.75rem 0 0; }
    .estimate { margin: 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .badge { display: inline-block; margin-inline-start: 0.5em; padding: 0 0.5em; border-radius: 999px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); font: var(--mat-sys-label-small); }
    .explanation { margin: 0.75rem 0 1rem; font-weight: 500; }
    @keyframes grow { from { transform: scaleX(0); } to { transform: scaleX(1); } }
  `,
})
export class KansOfGeenKans {
  readonly content = input.required<KansOfGeenKansContent>();
  readonly gameEvent = output<GameEvent>();

  private readonly now = inject(GAME_NOW);
  private readonly i18n = inject(I18n);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  private startedAt = 0;

  protected readonly levels = PROSPECT_SCORES;
  protected readonly levelKeys = LEVEL_KEYS;
  protected readonly feedbackKeys = FEEDBACK_KEYS;
  protected readonly state = signal<KansState>({ phase: 'intro', index: 0, guesses: [] });
  protected readonly announcement = signal('');
  protected readonly total = computed(() => this.content().questions.length);
  protected readonly question = computed(() => this.content().questions[this.state().index] ?? null);
  protected readonly currentGuess = computed(() => this.state().guesses[this.state().index] ?? null);
  protected readonly isLast = computed(() => this.state().index >= this.total() - 1);
  protected readonly feedback = computed<GuessFeedback>(() => {
    const question = this.question();
    const guess = this.currentGuess();
    return question && guess ? guessFeedback(guess, question.prospect, this.content().tolerance) : 'off';
  });
  protected readonly score = computed(() => kansScore(this.content(), this.state().guesses));

  protected sectorKey(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }

  protected start(): void {
    this.state.set(startKans(initialKansState(this.content())));
    this.startedAt = this.now();
    this.gameEvent.emit({ type: 'attempted' });
    this.focusAfterRender('.level');
  }

  protected guess(level: ProspectScore): void {
    const question = this.question();
    if (!question || this.state().phase !== 'guess') return;
    this.state.update((state) => guessKans(state, level));
    const feedback = guessFeedback(level, question.prospect, this.content().tolerance);
    this.gameEvent.emit({
      type: 'answered',
      questionId: question.id,
      question: `Hoe groot is de kans op werk als ${question.beroep}?`,
      response: String(level),
      correct: feedback !== 'off',
    });
    this.announcement.set(
      this.i18n.translate('games.kans.revealAnnouncement', {
        feedback: this.i18n.translate(FEEDBACK_KEYS[feedback]),
        guess: this.i18n.translate(LEVEL_KEYS[level]),
        real: this.i18n.translate(LEVEL_KEYS[question.prospect]),
      }),
    );
    this.focusAfterRender();
  }

  protected next(): void {
    this.state.update(nextKans);
    if (this.state().phase === 'done') {
      const { scoreRaw, scoreMax, success } = this.score();
      this.gameEvent.emit({ type: 'completed', scoreRaw, scoreMax, success, durationSeconds: elapsedSeconds(this.startedAt, this.now()) });
      this.announcement.set(this.i18n.translate('games.completedAnnouncement', { raw: scoreRaw, max: scoreMax }));
    } else {
      this.announcement.set('');
    }
    this.focusAfterRender(this.state().phase === 'done' ? '.focus-target' : '.level');
  }

  /** Keyboard focus follows the game: to the "next" button, the first level, or the result. */
  private focusAfterRender(selector = '.focus-target'): void {
    afterNextRender(() => (this.host.nativeElement as HTMLElement).querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
