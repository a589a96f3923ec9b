import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { type Cell, type ChoiceShiftReport, type KansrijkShare, type PairedScaleChange, SECTORS, type ShareScenarioSummary } from '@koers/contracts';
import type { TranslationKey, TranslationParams } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { SankeyChart } from '../../../shared/charts/sankey-chart';
import { formatInterval, formatNumber, formatP, formatPercent, formatPercentInterval, formatPoints, formatSigned, transitionFlows } from './choice-shift-format';

/** Horizontal interval plot: x of a share (0..1) in the SVG's coordinates. */
const PLOT_LEFT = 56;
const PLOT_WIDTH = 232;

interface ScaleView {
  readonly heading: TranslationKey;
  readonly means: string;
  readonly wilcoxon: string;
  readonly zerosDropped: string | null;
}

/**
 * The choice shift of one group (contracts/choice-shift.ts): the generated sentence, the counts and
 * response rate next to every figure, and — only when enough students are paired — the statistics,
 * each chart with a text alternative and a table with the same numbers. Presentational: report in.
 */
@Component({
  selector: 'app-choice-shift-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, SankeyChart, TranslatePipe],
  templateUrl: './choice-shift-card.html',
  styleUrl: './choice-shift-card.scss',
})
export class ChoiceShiftCard {
  readonly report = input.required<ChoiceShiftReport>();

  private readonly i18n = inject(I18n);
  protected readonly showTable = signal(false);

  protected readonly language = this.i18n.language;
  protected readonly sentence = computed(() => this.report().sentence[this.language()]);
  protected readonly responsePercent = computed(() => formatPercent(this.report().responseRate, this.language()));
  protected readonly response = computed(() => {
    const report = this.report();
    return this.t('choiceShift.counts.response', { paired: report.nPaired, pre: report.nPre, percent: this.responsePercent() });
  });
  /** The counts that go next to every figure. */
  protected readonly responseLine = computed(() => {
    const report = this.report();
    return this.t('choiceShift.counts.responseLine', { paired: report.nPaired, pre: report.nPre, percent: this.responsePercent() });
  });

  protected readonly suppression = computed(() => {
    const { suppressed, nPaired } = this.report();
    if (!suppressed) return null;
    return {
      text: this.t('choiceShift.suppressed.text', { minimum: suppressed.minimum }),
      needed: this.t('choiceShift.suppressed.needed', { needed: Math.max(0, suppressed.minimum - nPaired), paired: nPaired, minimum: suppressed.minimum }),
    };
  });

  protected readonly kansrijk = computed(() => {
    const kansrijk = this.report().kansrijk;
    if (this.report().suppressed || !kansrijk) return null;
    const language = this.language();
    const row = (label: TranslationKey, share: KansrijkShare) => ({
      label,
      share: formatPercent(share.share, language),
      interval: formatPercentInterval(share.ci, language),
      count: this.cell(share.count),
      x: PLOT_LEFT + clamp(share.share) * PLOT_WIDTH,
      x1: PLOT_LEFT + clamp(share.ci[0]) * PLOT_WIDTH,
      x2: PLOT_LEFT + clamp(share.ci[1]) * PLOT_WIDTH,
    });
    const before = row('choiceShift.kansrijk.before', kansrijk.before);
    const after = row('choiceShift.kansrijk.after', kansrijk.after);
    const points = (value: number) => this.t('choiceShift.percentagePoints', { value: formatPoints(value, language) });
    const { or, lower, upper } = kansrijk.oddsRatio;
    return {
      rows: [before, after],
      chartLabel: this.t('choiceShift.kansrijk.chartLabel', { before: before.share, beforeCi: before.interval, after: after.share, afterCi: after.interval }),
      difference: this.t('choiceShift.kansrijk.difference', {
        difference: points(kansrijk.difference),
        ci: this.t('choiceShift.range', { lower: formatPoints(kansrijk.differenceCi[0], language), upper: formatPoints(kansrijk.differenceCi[1], language) }),
      }),
      mcnemar: this.t('choiceShift.kansrijk.mcnemar', { p: formatP(kansrijk.mcnemar.p, language), midP: formatP(kansrijk.mcnemar.midP, language) }),
      oddsRatio:
        or === null || Number.isNaN(or)
          ? this.t('choiceShift.kansrijk.oddsRatio', { or: this.t('choiceShift.notAvailable'), ci: '–' })
          : this.t('choiceShift.kansrijk.oddsRatio', { or: formatNumber(or, language, 2), ci: formatInterval(lower ?? NaN, upper ?? Infinity, language) }),
      pairs: [
        { label: 'choiceShift.kansrijk.pairsBoth' as TranslationKey, value: this.cell(kansrijk.table.a) },
        { label: 'choiceShift.kansrijk.pairsBeforeOnly' as TranslationKey, value: this.cell(kansrijk.table.b) },
        { label: 'choiceShift.kansrijk.pairsAfterOnly' as TranslationKey, value: this.cell(kansrijk.table.c) },
        { label: 'choiceShift.kansrijk.pairsNeither' as TranslationKey, value: this.cell(kansrijk.table.d) },
      ],
    };
  });
  protected readonly ticks = computed(() => [0, 0.5, 1].map((share) => ({ x: PLOT_LEFT + share * PLOT_WIDTH, share, label: formatPercent(share, this.language()) })));

  protected readonly scales = computed((): ScaleView[] => {
    const report = this.report();
    if (report.suppressed) return [];
    const views: ScaleView[] = [];
    if (report.prospectScore) views.push(this.scaleView('choiceShift.scale.prospectHeading', report.prospectScore));
    if (report.certainty) views.push(this.scaleView('choiceShift.scale.certaintyHeading', report.certainty));
    return views;
  });

  protected readonly transitions = computed(() => {
    const transitions = this.report().transitions;
    if (this.report().suppressed || !transitions) return null;
    const labels = transitions.categories.map((category) => this.categoryLabel(category));
    return {
      labels,
      rows: transitions.cells.map((cells, index) => ({ label: labels[index] ?? '', cells: cells.map((cell) => this.cell(cell)) })),
    };
  });

  /** The transitions as Sankey bands: cells of 5+ each, the rest merged into "overig"; empty when no cell reaches 5. */
  protected readonly flows = computed(() => {
    const { transitions, nPaired, suppressed } = this.report();
    if (suppressed || !transitions) return [];
    const other = this.t('choiceShift.transitions.other');
    const flows = transitionFlows(transitions, nPaired, (category) => this.categoryLabel(category), other);
    // Only an "overig" band says nothing a chart could show: then the page says so in words.
    return flows.some((flow) => flow.from !== other) ? flows : [];
  });

  /** Paired students by prospect score of the first choice, before and after (suppressed cells as they are). */
  protected readonly scoreDistribution = computed(() => {
    const { scoreDistribution, suppressed } = this.report();
    if (suppressed || !scoreDistribution) return null;
    const labels = ['1', '2', '3', '4', '5', this.t('choiceShift.scoreDistribution.none')];
    return labels.map((label, index) => ({
      label,
      before: this.cell(scoreDistribution.before[index] ?? 0),
      after: this.cell(scoreDistribution.after[index] ?? 0),
    }));
  });

  protected readonly missing = computed(() => {
    const missing = this.report().missing;
    if (this.report().suppressed || !missing) return null;
    const language = this.language();
    const row = (label: TranslationKey, scenario: ShareScenarioSummary) => ({
      label,
      before: formatPercent(scenario.before, language),
      after: formatPercent(scenario.after, language),
      difference: this.t('choiceShift.percentagePoints', { value: formatPoints(scenario.difference, language) }),
    });
    return {
      // Like every count of 1–4, a small number of missing measurements is not shown exactly.
      intro: missing.nMissing <= 4 ? this.t('choiceShift.missing.introFew') : this.t('choiceShift.missing.intro', { count: missing.nMissing }),
      rows: [
        row('choiceShift.missing.completeCase', missing.completeCase),
        row('choiceShift.missing.bestCase', missing.bestCase),
        row('choiceShift.missing.worstCase', missing.worstCase),
        row('choiceShift.missing.noChange', missing.noChange),
      ],
    };
  });

  protected readonly sampleSize = computed(() => {
    const { sampleSize, nPaired } = this.report();
    if (!sampleSize) return null;
    const difference = this.t('choiceShift.percentagePoints', { value: formatNumber(Math.abs(sampleSize.difference) * 100, this.language(), 0) });
    return this.t('choiceShift.sampleSize', { difference, n: sampleSize.n, paired: nPaired });
  });

  protected readonly basis = computed(() => {
    const { basis } = this.report();
    return {
      ruleVersions: basis.ruleVersions.map((rule) => this.t('choiceShift.basis.ruleVersion', { version: rule.version, minScore: rule.minScore, pairs: rule.pairs })),
      illustrative: basis.illustrativePairs > 0 ? this.t('choiceShift.basis.illustrative', { count: basis.illustrativePairs }) : null,
      handEntered: basis.handEnteredPairs > 0 ? this.t('choiceShift.basis.handEntered', { count: basis.handEnteredPairs }) : null,
      unknown: basis.unknownFirstChoices > 0 ? this.t('choiceShift.basis.unknown', { count: basis.unknownFirstChoices }) : null,
    };
  });

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }

  private scaleView(heading: TranslationKey, change: PairedScaleChange): ScaleView {
    const language = this.language();
    const { wilcoxon } = change;
    return {
      heading,
      means: this.t('choiceShift.scale.means', {
        before: formatNumber(change.meanBefore, language, 1),
        after: formatNumber(change.meanAfter, language, 1),
        change: formatSigned(change.meanChange, language, 1),
      }),
      wilcoxon: this.t('choiceShift.scale.wilcoxon', {
        method: this.t(wilcoxon.method === 'exact' ? 'choiceShift.scale.methodExact' : 'choiceShift.scale.methodNormal'),
        p: formatP(wilcoxon.p, language),
        r: formatSigned(wilcoxon.rankBiserial, language, 2),
      }),
      zerosDropped: wilcoxon.zerosDropped > 0 ? this.t('choiceShift.scale.zerosDropped', { count: wilcoxon.zerosDropped }) : null,
    };
  }

  private categoryLabel(category: string): string {
    if (category === 'weet-niet') return this.t('choiceShift.categories.weetNiet');
    if (category === 'onbekend') return this.t('choiceShift.categories.onbekend');
    if ((SECTORS as readonly string[]).includes(category)) return this.t(`modules.sectors.${category}` as TranslationKey);
    return category;
  }

  /** Suppressed cells ('<5', '•') as they are; counts as numbers. */
  private cell(cell: Cell): string {
    return typeof cell === 'number' ? String(cell) : cell;
  }

  /** Translates while tracking the language signal (inside computed()). */
  private t(key: TranslationKey, params?: TranslationParams): string {
    this.language();
    return this.i18n.translate(key, params);
  }
}

function clamp(share: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
}
