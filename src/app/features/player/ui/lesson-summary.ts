import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { KOERS_EXT, VERBS, VIDEO_EXT, type Keuzemeting, type KeuzemetingChoice, type PlayableLesson, type XapiStatement } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export interface SummaryLine {
  readonly icon: string;
  readonly key: TranslationKey;
  readonly params: Readonly<Record<string, string | number>>;
}

const stepOf = (statement: XapiStatement) => statement.context?.extensions?.[KOERS_EXT.step];

/** What the student explored, from the lesson's steps and the statements of this visit. */
export function summaryLines(lesson: PlayableLesson, statements: readonly XapiStatement[]): SummaryLine[] {
  return lesson.steps.flatMap((step): SummaryLine[] => {
    const mine = statements.filter((statement) => stepOf(statement) === step.id);
    if (step.type === 'video') {
      const progress = Math.max(
        lesson.progress.find((entry) => entry.stepId === step.id)?.progress ?? 0,
        ...mine.map((statement) => Number(statement.result?.extensions?.[VIDEO_EXT.progress] ?? 0)),
      );
      return [{ icon: 'movie', key: 'player.summary.videoWatched', params: { title: step.video.title, percent: Math.round(progress * 100) } }];
    }
    if (step.type === 'game') {
      const completed = mine.find((statement) => statement.verb.id === VERBS.completed);
      const score = completed?.result?.score;
      const known = lesson.progress.find((entry) => entry.stepId === step.id)?.scoreScaled ?? null;
      const scoreLine: SummaryLine[] =
        score?.raw !== undefined && score.max !== undefined
          ? [{ icon: 'emoji_events', key: 'player.summary.gameScore', params: { score: score.raw, max: score.max } }]
          : known !== null
            ? [{ icon: 'emoji_events', key: 'player.summary.gameScorePercent', params: { percent: Math.round(known * 100) } }]
            : [];
      return [{ icon: 'sports_esports', key: 'player.summary.gamePlayed', params: { title: step.game.title } }, ...scoreLine];
    }
    if (step.type === 'reflectie') return [{ icon: 'lightbulb', key: 'player.summary.reflection', params: { question: step.question } }];
    return [];
  });
}

/** The latest keuzemeting for the moment: from this visit, else the one the server has. */
export function measured(lesson: PlayableLesson, statements: readonly XapiStatement[], moment: 'voor' | 'na'): Keuzemeting | null {
  const found = [...statements].reverse().find((statement) => statement.verb.id === VERBS.responded && statement.result?.extensions?.[KOERS_EXT.moment] === moment);
  return (found?.result?.extensions?.[KOERS_EXT.keuzemeting] as Keuzemeting | undefined) ?? lesson.keuzemetingen[moment];
}

@Component({
  selector: 'app-lesson-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon, TranslatePipe],
  template: `
    <section class="summary" aria-labelledby="summary-heading">
      <mat-icon class="badge" aria-hidden="true">celebration</mat-icon>
      <h2 id="summary-heading" tabindex="-1">{{ 'player.summary.heading' | t }}</h2>
      <p>{{ 'player.summary.intro' | t }}</p>
      <ul>
        @for (line of lines(); track $index) {
          <li><mat-icon aria-hidden="true">{{ line.icon }}</mat-icon>{{ line.key | t: line.params }}</li>
        }
      </ul>
      @for (meting of metingen(); track meting.label) {
        <h3>{{ meting.label | t }}</h3>
        <p>{{ meting.text }}</p>
      }
      <p class="tip">{{ 'player.summary.tip' | t }}</p>
    </section>
  `,
  styles: `
    .summary { display: grid; gap: 0.5rem; justify-items: start; }
    .badge { font-size: 48px; width: 48px; height: 48px; color: var(--mat-sys-primary); }
    h2 { font: var(--mat-sys-headline-medium); margin: 0; }
    h3 { font: var(--mat-sys-title-medium); margin: 0.5rem 0 0; }
    ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
    li { display: flex; gap: 0.5rem; align-items: center; }
    p { margin: 0; }
    .tip { margin-top: 0.75rem; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class LessonSummary {
  readonly lesson = input.required<PlayableLesson>();
  readonly statements = input.required<readonly XapiStatement[]>();
  private readonly i18n = inject(I18n);

  protected readonly lines = computed(() => summaryLines(this.lesson(), this.statements()));
  protected readonly metingen = computed(() =>
    (['voor', 'na'] as const).flatMap((moment) => {
      const meting = measured(this.lesson(), this.statements(), moment);
      if (!meting) return [];
      const label: TranslationKey = moment === 'voor' ? 'player.summary.choicesBefore' : 'player.summary.choicesAfter';
      return [{ label, text: meting.choices.map((choice) => this.choiceText(choice)).join(', ') }];
    }),
  );

  private choiceText(choice: KeuzemetingChoice): string {
    if (choice.kind === 'opleiding') return choice.label;
    if (choice.kind === 'sector') return this.i18n.translate(`modules.sectors.${choice.sector}` as TranslationKey);
    return this.i18n.translate('player.summary.weetNiet');
  }
}
