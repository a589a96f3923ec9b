import { ChangeDetectionStrategy, Component, type ElementRef, OnDestroy, OnInit, computed, effect, inject, input, untracked, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Keuzemeting, PlayableStep } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { StatementOutbox } from '../../../core/xapi/statement-outbox';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { LessonPlayerPageActions } from '../state/player.actions';
import { playerFeature } from '../state/player.feature';
import { LessonTracker } from '../tracking/lesson-tracker';
import { keuzemetingResponded, lessonCompleted, lessonLaunched, reflectionAnswered, stepCompleted } from '../tracking/statements';
import { GameStep } from '../ui/game-step';
import { KeuzemetingStep } from '../ui/keuzemeting-step';
import { LessonSummary } from '../ui/lesson-summary';
import { ReflectionStep } from '../ui/reflection-step';
import { VideoStep } from '../ui/video-step';

/**
 * Plays one lesson step by step (students), or shows it exactly as students get it (staff
 * preview, nothing recorded). Resumes at the first unfinished step; ends with a summary.
 */
@Component({
  selector: 'app-lesson-player-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [LessonTracker],
  imports: [
    GameStep,
    KeuzemetingStep,
    LessonSummary,
    LoadingIndicator,
    MatButton,
    MatCard,
    MatIcon,
    MatProgressBar,
    ReflectionStep,
    RequestError,
    RouterLink,
    TranslatePipe,
    VideoStep,
  ],
  templateUrl: './lesson-player-page.html',
  styleUrl: './lesson-player-page.scss',
})
export class LessonPlayerPage implements OnInit, OnDestroy {
  /** Student route: the planning's code. */
  readonly code = input<string>();
  /** Preview route: lesson id and optional `?versie=`. */
  readonly lessonId = input<string>();
  readonly versie = input<string>();

  private readonly store = inject(Store);
  protected readonly tracker = inject(LessonTracker);
  protected readonly outbox = inject(StatementOutbox);
  protected readonly lesson = this.store.selectSignal(playerFeature.selectLesson);
  protected readonly status = this.store.selectSignal(playerFeature.selectLessonStatus);
  protected readonly error = this.store.selectSignal(playerFeature.selectLessonError);
  protected readonly preview = this.store.selectSignal(playerFeature.selectPreview);
  protected readonly current = this.store.selectSignal(playerFeature.selectCurrent);
  private readonly step = this.store.selectSignal(playerFeature.selectCurrentStep);
  protected readonly currentStep = computed(() => {
    const step = this.step();
    return step ? [step] : [];
  });
  protected readonly finished = this.store.selectSignal(playerFeature.selectFinished);
  protected readonly items = this.store.selectSignal(playerFeature.selectStepItems);
  protected readonly percent = this.store.selectSignal(playerFeature.selectProgressPercent);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly stage = viewChild<ElementRef<HTMLElement>>('stage');
  private startedAt = Date.now();
  private lessonDone = false;
  private focusedStep: number | null = null;

  constructor() {
    // A new lesson on screen: start tracking it (a preview records nothing).
    effect(() => {
      const lesson = this.lesson();
      if (!lesson) return;
      untracked(() => {
        const preview = this.preview();
        const user = this.user();
        this.tracker.begin(lesson, preview || user?.kind !== 'student' ? null : user.id);
        this.startedAt = Date.now();
        this.lessonDone = false;
        const first = lesson.steps[0];
        if (first) this.tracker.record(lessonLaunched(this.tracker.context(first)));
      });
    });
    // Every new step (or the summary) gets focus, so screen-reader and keyboard users start there.
    effect(() => {
      const current = this.current();
      const stage = this.stage()?.nativeElement;
      if (!stage) return;
      // Not on arrival: the page starts at the top, with the lesson title and the steps.
      const moved = this.focusedStep !== null && this.focusedStep !== current;
      this.focusedStep = current;
      if (moved) setTimeout(() => (stage.querySelector<HTMLElement>('h2') ?? stage).focus());
    });
    effect(() => {
      if (this.finished()) untracked(() => this.completeLesson());
    });
  }

  ngOnInit(): void {
    const id = this.lessonId();
    if (id) {
      const version = Number(this.versie());
      this.store.dispatch(LessonPlayerPageActions.previewOpened({ lessonId: id, ...(version > 0 ? { version } : {}) }));
    } else {
      this.store.dispatch(LessonPlayerPageActions.opened({ code: this.code() ?? '' }));
    }
  }

  ngOnDestroy(): void {
    void this.outbox.flush();
    this.store.dispatch(LessonPlayerPageActions.closed());
  }

  /** Students back to their lessons; staff back to the lesson builder. */
  protected backLink(): string[] {
    const id = this.lessonId();
    return id ? ['..', id] : ['/leerling/start'];
  }

  protected retry(): void {
    this.ngOnInit();
  }

  protected stepTitle(step: PlayableStep): string {
    if (step.type === 'video') return step.video.title;
    if (step.type === 'game') return step.game.title;
    if (step.type === 'reflectie') return step.question;
    return '';
  }

  protected stepType(step: PlayableStep): TranslationKey {
    return `player.stepTypes.${step.type}` as TranslationKey;
  }

  protected choose(index: number): void {
    this.store.dispatch(LessonPlayerPageActions.stepChosen({ index }));
  }

  protected complete(step: PlayableStep): void {
    this.store.dispatch(LessonPlayerPageActions.stepCompleted({ stepId: step.id }));
  }

  protected reflected(step: PlayableStep & { type: 'reflectie' }, answer: string): void {
    const ctx = this.tracker.context(step);
    this.tracker.record(reflectionAnswered(ctx, step.question, answer));
    this.tracker.record(stepCompleted(ctx, step.question));
    this.complete(step);
  }

  protected measured(step: PlayableStep, meting: Keuzemeting): void {
    const moment = step.type === 'keuzemeting-voor' ? 'voor' : 'na';
    const ctx = this.tracker.context(step);
    this.tracker.record(keuzemetingResponded(ctx, moment, meting));
    this.tracker.record(stepCompleted(ctx, moment === 'voor' ? 'Keuzemeting vooraf' : 'Keuzemeting achteraf'));
    this.complete(step);
  }

  /** The lesson-level `completed`, once per visit, when the summary is reached. */
  private completeLesson(): void {
    const lesson = this.lesson();
    const last = lesson?.steps[lesson.steps.length - 1];
    if (!lesson || !last || this.lessonDone) return;
    this.lessonDone = true;
    this.tracker.record(lessonCompleted(this.tracker.context(last), (Date.now() - this.startedAt) / 1000));
  }
}
