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
import { NO_LEGEND, chartId, formatShare, joinList, shareOf } from './chart-format';
import { prefersReducedMotion } from './chart-setup';

/** The categories with the highest count (several when tied); empty when nobody answered. */
export function mostFrequent(categories: readonly string[], counts: readonly number[]): { readonly categories: string[]; readonly count: number } {
  const count = Math.max(0, ...counts);
  if (count === 0) return { categories: [], count: 0 };
  return { categories: categories.filter((_, index) => counts[index] === count), count };
}

/**
 * How answers are spread over a few categories (a bar chart), e.g. realism 1–5 or "ja / een
 * beetje / nee", with a sentence naming the most frequent answer and n, and a table with count
 * and share per category. Presentational: categories and counts in, same length and order.
 * Needs `provideKoersCharts()` in the providers of the route that shows it.
 */
@Component({
  selector: 'app-distribution-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButton, MatIcon, TranslatePipe],
  templateUrl: './chart-frame.html',
  styleUrl: './chart.scss',
})
export class DistributionChart {
  private readonly i18n = inject(I18n);
  private readonly reducedMotion = prefersReducedMotion(inject(DOCUMENT).defaultView);

  readonly title = input.required<string>();
  readonly categories = input<readonly string[]>([]);
  readonly counts = input<readonly number[]>([]);
  /** Heading of the category column in the table (default "Antwoord"). */
  readonly categoryLabel = input<string | null>(null);
  /** Index into KOERS_PALETTE for the bars. */
  readonly colorIndex = input(0);
  readonly summary = input<string | null>(null);
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('distribution');
  protected readonly showTable = signal(false);
  protected readonly legend = NO_LEGEND;

  private readonly language = computed<Language>(() => this.i18n.language());
  private readonly values = computed(() => this.categories().map((_, index) => Math.max(0, this.counts()[index] ?? 0)));
  protected readonly total = computed(() => this.values().reduce((sum, count) => sum + count, 0));
  protected readonly hasData = computed(() => this.total() > 0);

  protected readonly summaryText = computed(() => {
    const given = this.summary();
    if (given) return given;
    const total = this.total();
    if (total === 0) return this.i18n.translate('dashboards.charts.distribution.none');
    const top = mostFrequent(this.categories(), this.values());
    const key = top.categories.length > 1 ? 'dashboards.charts.distribution.summaryTie' : 'dashboards.charts.distribution.summary';
    return this.i18n.translate(key, { category: joinList(top.categories, this.language()), count: top.count, total });
  });

  protected readonly table = computed(() => {
    const language = this.language();
    const total = this.total();
    const rows = this.categories().map((category, index) => [category, String(this.values()[index]), formatShare(shareOf(this.values()[index], total), language)]);
    return {
      caption: this.title(),
      headers: [
        this.categoryLabel() ?? this.i18n.translate('dashboards.charts.distribution.category'),
        this.i18n.translate('dashboards.charts.distribution.count'),
        this.i18n.translate('dashboards.charts.distribution.share'),
      ],
      rows: [...rows, [this.i18n.translate('dashboards.charts.distribution.total'), String(total), formatShare(total > 0 ? 1 : 0, language)]],
    };
  });

  protected readonly chartType = 'bar' as const;
  protected readonly chartData = computed<ChartConfiguration<'bar'>['data']>(() => {
    const color = KOERS_PALETTE[Math.abs(Math.trunc(this.colorIndex())) % KOERS_PALETTE.length];
    return {
      labels: [...this.categories()],
      datasets: [
        {
          label: this.i18n.translate('dashboards.charts.distribution.count'),
          data: this.values(),
          backgroundColor: color,
          borderColor: color,
          borderRadius: 4,
          maxBarThickness: 48,
        },
      ],
    };
  });

  protected readonly chartOptions = computed<ChartConfiguration<'bar'>['options']>(() => {
    const language = this.language();
    const total = this.total();
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this.reducedMotion ? false : { duration: 300 },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${Number(item.raw)} (${formatShare(shareOf(Number(item.raw), total), language)})` } },
      },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: false } },
        y: {
          beginAtZero: true,
          title: { display: true, text: this.i18n.translate('dashboards.charts.distribution.count') },
          ticks: { precision: 0 },
        },
      },
    };
  });

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
