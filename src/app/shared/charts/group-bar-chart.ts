import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { KOERS_PALETTE } from '@koers/contracts';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import type { Language } from '../../core/i18n/dictionary';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { type LegendItem, chartId, clampShare, formatShare } from './chart-format';
import { prefersReducedMotion } from './chart-setup';

/** One kind of bar per group, e.g. the share reached. */
export interface GroupBarSeries {
  readonly label: string;
  /** A share (0–1) per group; null draws no bar (e.g. a count shown as "<5"). */
  readonly values: readonly (number | null)[];
  /** What the table shows per group instead of the share (e.g. "12 van 30 (40 %)" or "<5"). */
  readonly cells?: readonly string[];
}

/** Blue and vermillion: apart for the common colour-vision deficiencies, 3:1 or more on white. */
export const GROUP_BAR_COLORS = [KOERS_PALETTE[0], KOERS_PALETTE[5], KOERS_PALETTE[2], KOERS_PALETTE[3]] as const;

/** Bar height in px per group, and the room for axes and padding. */
const PER_GROUP = 44;
const AXES = 56;

/** Chart height that gives every group its bars, within 160–900 px. */
export function groupChartHeight(groups: number, series: number): number {
  const perGroup = Math.max(PER_GROUP, 18 * Math.max(1, series) + 8);
  return Math.min(900, Math.max(160, AXES + groups * perGroup));
}

/**
 * Shares compared across groups (horizontal bars, one bar per series per group, e.g. reached and
 * completed per leerjaar), with a legend, a sentence given by the page and a table with a row per
 * group. Presentational: labels and shares in. Needs `provideKoersCharts()` in the route's providers.
 */
@Component({
  selector: 'app-group-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButton, MatIcon, TranslatePipe],
  templateUrl: './chart-frame.html',
  styleUrl: './chart.scss',
  host: { '[style.--app-chart-height.px]': 'height()' },
})
export class GroupBarChart {
  private readonly i18n = inject(I18n);
  private readonly reducedMotion = prefersReducedMotion(inject(DOCUMENT).defaultView);

  readonly title = input.required<string>();
  /** The groups, in the order they are drawn (top to bottom). */
  readonly categories = input<readonly string[]>([]);
  readonly series = input<readonly GroupBarSeries[]>([]);
  /** Heading of the group column in the table (e.g. "Leerjaar"). */
  readonly categoryLabel = input('');
  readonly summary = input('');
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('group-bar');
  protected readonly showTable = signal(false);
  private readonly language = computed<Language>(() => this.i18n.language());

  protected readonly hasData = computed(() => this.categories().length > 0 && this.series().length > 0);
  protected readonly summaryText = computed(() => this.summary());
  protected readonly height = computed(() => groupChartHeight(this.categories().length, this.series().length));

  protected readonly legend = computed<LegendItem[]>(() =>
    this.series().map((line, index) => ({ label: line.label, color: GROUP_BAR_COLORS[index % GROUP_BAR_COLORS.length], kind: 'box', dash: 'none' })),
  );

  protected readonly table = computed(() => {
    const language = this.language();
    return {
      caption: this.title(),
      headers: [this.categoryLabel(), ...this.series().map((line) => line.label)],
      rows: this.categories().map((category, row) => [
        category,
        ...this.series().map((line) => {
          const value = line.values[row];
          return line.cells?.[row] ?? (value === null || value === undefined ? '–' : formatShare(value, language));
        }),
      ]),
    };
  });

  protected readonly chartType = 'bar' as const;
  protected readonly chartData = computed<ChartConfiguration<'bar'>['data']>(() => ({
    labels: [...this.categories()],
    datasets: this.series().map((line, index) => {
      const color = GROUP_BAR_COLORS[index % GROUP_BAR_COLORS.length];
      return {
        label: line.label,
        data: this.categories().map((_, row) => {
          const value = line.values[row];
          return value === null || value === undefined ? null : Math.round(clampShare(value) * 1000) / 10;
        }),
        backgroundColor: color,
        borderColor: color,
        borderRadius: 3,
        maxBarThickness: 18,
      };
    }),
  }));

  protected readonly chartOptions = computed<ChartConfiguration<'bar'>['options']>(() => {
    const language = this.language();
    const percent = (value: number) => formatShare(value / 100, language);
    return {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: this.reducedMotion ? false : { duration: 300 },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${percent(Number(item.raw))}` } },
      },
      scales: {
        x: { min: 0, max: 100, ticks: { stepSize: 25, callback: (value) => percent(Number(value)) } },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
    };
  });

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
