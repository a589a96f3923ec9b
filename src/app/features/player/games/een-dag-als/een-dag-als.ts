import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { ConditionTopic, EenDagAlsContent, GameEvent } from '@koers/contracts';
import type { TranslationKey } from '../../../../core/i18n/dictionary';
import { I18n } from '../../../../core/i18n/i18n';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { GAME_NOW, elapsedSeconds } from '../game-clock';
import { GameSource } from '../game-source';
import { type DayState, answerQuiz, chooseInMoment, continueDay, dayScore, discoveredTopics, initialDayState, nextQuiz, pickDay, startQuiz } from './een-dag-als.logic';

const TOPIC_ICONS: Readonly<Record<ConditionTopic, string>> = {
  werktijden: 'schedule',
  diensten: 'bedtime',
  fysiek: 'fitness_center',
  salaris: 'euro',
  werkdruk: 'speed',
  team: 'groups',
  vooruitzicht: 'trending_up',
};

/** Part of the day for the sky colour behind a moment. */
function dayPart(time: string): 'night' | 'morning' | 'afternoon' | 'evening' {
  const hour = Number(time.slice(0, 2));
  if (hour < 6 || hour >= 22) return 'night';
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}

/** "Een dag als…": play a working day in a beroep; each choice reveals a working condition; a short quiz at the end. */
@Component({
  selector: 'app-een-dag-als',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe, GameSource],
  template: `
    <section class="game" aria-labelledby="dag-title">
      <h2 id="dag-title" class="title"><mat-icon aria-hidden="true">wb_sunny</mat-icon> {{ 'games.dag.title' | t }}</h2>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live">{{ announcement() }}</p>

      @let d = day();
      @switch (state().phase) {
        @case ('pick') {
          <p>{{ 'games.dag.intro' | t }}</p>
          <h3 class="pick-heading">{{ 'games.dag.pick' | t }}</h3>
          <ul class="days">
            @for (option of content().days; track option.id; let index = $index) {
              <li>
                <button mat-stroked-button type="button" class="day-option" (click)="pick(index)">{{ option.beroep }}</button>
              </li>
            }
          </ul>
        }
        @case ('summary') {
          @if (d) {
            <div class="card pop">
              <h3 class="focus-target" tabindex="-1">{{ 'games.dag.summaryHeading' | t: { beroep: d.beroep } }}</h3>
              <p>{{ 'games.dag.summaryText' | t: { count: discovered().length } }}</p>
              <ul class="conditions">
                @for (condition of d.conditions; track condition.topic) {
                  <li class="condition" [class.found]="discovered().includes(condition.topic)">
                    <mat-icon aria-hidden="true">{{ icons[condition.topic] }}</mat-icon>
                    <div>
                      <p class="topic">
                        {{ topicKey(condition.topic) | t }}
                        @if (discovered().includes(condition.topic)) {
                          <span class="badge">{{ 'games.dag.discoveredBadge' | t }}</span>
                        }
                      </p>
                      <p class="fact">{{ condition.text }}</p>
                      <app-game-source [source]="condition.source" />
                    </div>
                  </li>
                }
              </ul>
              <p class="opleiding"><strong>{{ 'games.dag.opleiding' | t }}:</strong> {{ d.opleiding.text }}</p>
              <app-game-source [source]="d.opleiding.source" />
              <button mat-flat-button type="button" class="big" (click)="toQuiz()">{{ (d.quiz.length ? 'games.dag.toQuiz' : 'games.done') | t }}</button>
            </div>
          }
        }
        @case ('done') {
          @let result = score();
          <div class="result pop">
            <h3 tabindex="-1" class="focus-target">{{ 'games.resultHeading' | t }}</h3>
            <p class="score">{{ 'games.score' | t: { raw: result.scoreRaw, max: result.scoreMax } }}</p>
            <p>{{ (d?.quiz?.length ? 'games.dag.result' : 'games.dag.resultNoQuiz') | t: { raw: result.scoreRaw, max: result.scoreMax } }}</p>
            <p>{{ (result.success ? 'games.successText' : 'games.tryText') | t }}</p>
          </div>
        }
        @case ('quiz') {
          @let question = quizQuestion();
          @if (d && question) {
            <p class="progress">{{ 'games.dag.quizProgress' | t: { current: state().quizIndex + 1, total: d.quiz.length } }}</p>
            <div class="card slide-in">
              <fieldset class="choices">
                <legend class="situation">{{ question.question }}</legend>
                @for (option of question.options; track $index) {
                  <button mat-stroked-button type="button" class="choice quiz-option" (click)="answer($index)">{{ option }}</button>
                }
              </fieldset>
            </div>
          }
        }
        @case ('quizFeedback') {
          @let question = quizQuestion();
          @if (d && question) {
            <p class="progress">{{ 'games.dag.quizProgress' | t: { current: state().quizIndex + 1, total: d.quiz.length } }}</p>
            <div class="card">
              <p class="situation">{{ question.question }}</p>
              @if (lastAnswerCorrect()) {
                <p class="feedback good pop">{{ 'games.dag.correct' | t }}</p>
              } @else {
                <p class="feedback pop">{{ 'games.dag.wrong' | t: { answer: question.options[question.correctIndex] } }}</p>
              }
              <app-game-source [source]="question.source" />
              <button mat-flat-button type="button" class="big focus-target" (click)="nextQuestion()">{{ 'games.next' | t }}</button>
            </div>
          }
        }
        @default {
          @let moment = currentMoment();
          @if (d && moment) {
            <h3 class="day-heading">{{ 'games.dag.dayOf' | t: { beroep: d.beroep } }}</h3>
            @if (state().momentIndex === 0 && state().phase === 'moment') {
              <p class="intro">{{ d.intro }}</p>
            }
            <p class="progress">{{ 'games.dag.momentProgress' | t: { current: state().momentIndex + 1, total: d.moments.length } }}</p>
            <div class="card sky slide-in" [attr.data-part]="part()">
              <p class="time"><mat-icon aria-hidden="true">schedule</mat-icon> <time>{{ moment.time }}</time></p>
              <p class="situation">{{ moment.situation }}</p>
              @if (state().phase === 'moment') {
                <fieldset class="choices">
                  <legend>{{ 'games.dag.whatDoYouDo' | t }}</legend>
                  @for (choice of moment.choices; track choice.id) {
                    <button mat-stroked-button type="button" class="choice" (click)="choose(choice.id)">{{ choice.label }}</button>
                  }
                </fieldset>
              } @else {
                @let chosen = chosenChoice();
                @if (chosen) {
                  <p class="chosen">“{{ chosen.label }}”</p>
                  <p>{{ chosen.outcome }}</p>
                  @let condition = revealedCondition();
                  @if (condition) {
                    <div class="discovery pop">
                      <mat-icon aria-hidden="true">{{ icons[condition.topic] }}</mat-icon>
                      <div>
                        <p class="topic">{{ 'games.dag.discovered' | t: { topic: (topicKey(condition.topic) | t) } }}</p>
                        <p class="fact">{{ condition.text }}</p>
                        <app-game-source [source]="condition.source" />
                      </div>
                    </div>
                  }
                  <button mat-flat-button type="button" class="big focus-target" (click)="continue()">{{ 'games.next' | t }}</button>
                }
              }
            </div>
          }
        }
      }
    </section>
  `,
  styleUrl: '../games.scss',
  styles: `
    .pick-heading { font: var(--mat-sys-title-medium); }
    .days { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); }
    .day-option, .choice { width: 100%; min-height: 56px; height: auto; padding-block: 0.5rem; white-space: normal; text-align: start; justify-content: flex-start; }
    .day-heading { font: var(--mat-sys-title-medium); margin-bottom: 0.25rem; }
    .intro { margin: 0 0 0.75rem; }
    .sky { border-top: 8px solid var(--sky, #9ad1f5); }
    .sky[data-part='morning'] { --sky: #ffd37a; }
    .sky[data-part='afternoon'] { --sky: #7cc4f2; }
    .sky[data-part='evening'] { --sky: #f28c5c; }
    .sky[data-part='night'] { --sky: #3a3f7a; }
    .time { display: flex; align-items: center; gap: 0.25rem; margin: 0; font: var(--mat-sys-title-large); color: var(--mat-sys-primary); }
    .situation { font: var(--mat-sys-title-medium); margin: 0.5rem 0; }
    .choices { border: 0; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .choices legend { padding: 0; margin-bottom: 0.5rem; font: var(--mat-sys-label-large); }
    .chosen { font-style: italic; margin: 0.5rem 0 0.25rem; }
    .discovery, .condition { display: flex; gap: 0.75rem; align-items: flex-start; padding: 0.75rem; border-radius: 12px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); margin: 0.75rem 0; }
    .discovery p, .condition p { margin: 0; }
    .topic { font: var(--mat-sys-title-small); }
    .fact { margin-top: 0.25rem !important; }
    .conditions { list-style: none; margin: 0; padding: 0; }
    .condition { background: var(--mat-sys-surface-container); color: var(--mat-sys-on-surface); margin: 0.5rem 0; }
    .condition.found { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .badge { margin-inline-start: 0.5rem; padding: 0 0.5rem; border-radius: 999px; background: var(--mat-sys-tertiary); color: var(--mat-sys-on-tertiary); font: var(--mat-sys-label-small); }
    .opleiding { margin: 0.75rem 0 0; }
    .feedback { font: var(--mat-sys-title-medium); }
    .feedback.good { color: #1b6b3a; }
  `,
})
export class EenDagAls {
  readonly content = input.required<EenDagAlsContent>();
  readonly gameEvent = output<GameEvent>();

  private readonly now = inject(GAME_NOW);
  private readonly i18n = inject(I18n);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);
  private startedAt = 0;

  protected readonly icons = TOPIC_ICONS;
  protected readonly state = signal<DayState>(initialDayState);
  protected readonly announcement = signal('');
  protected readonly day = computed(() => (this.state().phase === 'pick' ? null : (this.content().days[this.state().dayIndex] ?? null)));
  protected readonly currentMoment = computed(() => this.day()?.moments[this.state().momentIndex] ?? null);
  protected readonly part = computed(() => dayPart(this.currentMoment()?.time ?? '12:00'));
  protected readonly chosenChoice = computed(() => {
    const chosenId = this.state().choices[this.state().momentIndex];
    return this.currentMoment()?.choices.find((choice) => choice.id === chosenId) ?? null;
  });
  protected readonly revealedCondition = computed(() => {
    const topic = this.chosenChoice()?.reveals;
    return this.day()?.conditions.find((condition) => condition.topic === topic) ?? null;
  });
  protected readonly discovered = computed(() => {
    const day = this.day();
    return day ? discoveredTopics(day, this.state().choices) : [];
  });
  protected readonly quizQuestion = computed(() => this.day()?.quiz[this.state().quizIndex] ?? null);
  protected readonly lastAnswerCorrect = computed(() => this.quizQuestion()?.correctIndex === this.state().quizAnswers[this.state().quizIndex]);
  protected readonly score = computed(() => dayScore(this.content(), this.state()));

  protected topicKey(topic: ConditionTopic): TranslationKey {
    return `games.dag.topics.${topic}`;
  }

  protected pick(index: number): void {
    if (this.state().phase !== 'pick') return;
    this.state.update((state) => pickDay(state, index));
    this.startedAt = this.now();
    this.gameEvent.emit({ type: 'attempted' });
    this.focusAfterRender('.choice');
  }

  protected choose(choiceId: string): void {
    const day = this.day();
    const moment = this.currentMoment();
    if (!day || !moment || this.state().phase !== 'moment') return;
    this.state.update((state) => chooseInMoment(state, day, choiceId));
    const choice = this.chosenChoice();
    if (!choice) return;
    this.gameEvent.emit({ type: 'answered', questionId: moment.id, question: `${moment.time} ${moment.situation}`, response: choice.label, correct: null });
    const condition = this.revealedCondition();
    this.announcement.set(condition ? `${choice.outcome} ${this.i18n.translate('games.dag.discovered', { topic: this.i18n.translate(this.topicKey(condition.topic)) })}: ${condition.text}` : choice.outcome);
    this.focusAfterRender();
  }

  protected continue(): void {
    const day = this.day();
    if (!day) return;
    this.state.update((state) => continueDay(state, day));
    this.announcement.set('');
    this.focusAfterRender(this.state().phase === 'summary' ? '.focus-target' : '.choice');
  }

  protected toQuiz(): void {
    const day = this.day();
    if (!day) return;
    this.state.update((state) => startQuiz(state, day));
    if (this.state().phase === 'done') this.complete();
    else this.focusAfterRender('.quiz-option');
  }

  protected answer(option: number): void {
    const day = this.day();
    const question = this.quizQuestion();
    if (!day || !question || this.state().phase !== 'quiz') return;
    this.state.update((state) => answerQuiz(state, day, option));
    const correct = option === question.correctIndex;
    this.gameEvent.emit({ type: 'answered', questionId: question.id, question: question.question, response: question.options[option], correct });
    this.announcement.set(correct ? this.i18n.translate('games.dag.correct') : this.i18n.translate('games.dag.wrong', { answer: question.options[question.correctIndex] }));
    this.focusAfterRender();
  }

  protected nextQuestion(): void {
    const day = this.day();
    if (!day) return;
    this.state.update((state) => nextQuiz(state, day));
    if (this.state().phase === 'done') this.complete();
    else {
      this.announcement.set('');
      this.focusAfterRender('.quiz-option');
    }
  }

  private complete(): void {
    const { scoreRaw, scoreMax, success } = this.score();
    this.gameEvent.emit({ type: 'completed', scoreRaw, scoreMax, success, durationSeconds: elapsedSeconds(this.startedAt, this.now()) });
    this.announcement.set(this.i18n.translate('games.completedAnnouncement', { raw: scoreRaw, max: scoreMax }));
    this.focusAfterRender();
  }

  private focusAfterRender(selector = '.focus-target'): void {
    afterNextRender(() => (this.host.nativeElement as HTMLElement).querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
