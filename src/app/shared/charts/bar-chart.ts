import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { KOERS_PALETTE, type ReportBarChart } from '@koers/contracts';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import type { Language } from '../../core/i18n/dictionary';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { type LegendItem, chartId, formatShare } from './chart-format';
import { prefersReducedMotion } from './chart-setup';

/**
 * Series colours from KOERS_PALETTE, those with at least 3:1 contrast on white first (blue,
 * vermillion, bluish green, reddish purple, black), as in the trend and group-bar charts.
 */
export const BAR_CHART_COLORS = [0, 5, 2, 3, 7, 4, 1, 6].map((index) => KOERS_PALETTE[index]);

/** Printed for a null value (suppressed or missing), as in the report's tables. */
export const MISSING_VALUE = '—';

/** A value as the table shows it: a share 0–1 as a percentage ('%') or a count ('n'); null as "—". */
export function formatBarValue(value: number | null, unit: ReportBarChart['unit'], language: Language): string {
  if (value === null || !Number.isFinite(value)) return MISSING_VALUE;
  if (unit === '%') return formatShare(value, language);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value);
}

/** The value the chart draws: percentages for shares (0.47 → 47), counts as they are; null stays a gap. */
export function plottedValue(value: number | null, unit: ReportBarChart['unit']): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return unit === '%' ? Math.round(Math.min(1, Math.max(0, value)) * 1000) / 10 : value;
}

/**
 * A grouped bar chart for a report's `ReportBarChart`: one group of bars per category, one bar per
 * series (KOERS_PALETTE colours, with a text legend). `unit '%'` values are shares 0–1 drawn as
 * percentages on a 0–100 axis, `'n'` values are counts. A null (suppressed or missing) is a gap in
 * the chart, "—" in the table, and a category without any figure says so under its name.
 * Presentational; needs `provideKoersCharts()` in the providers of the route that shows it.
 */
@Component({
  selector: 'app-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButton, MatIcon, TranslatePipe],
  templateUrl: './chart-frame.html',
  styleUrl: './chart.scss',
})
export class BarChart {
  private readonly i18n = inject(I18n);
  private readonly reducedMotion = prefersReducedMotion(inject(DOCUMENT).defaultView);

  readonly chart = input.required<ReportBarChart>();
  /** Heading of the category column in the table (default "Groep"). */
  readonly categoryLabel = input<string | null>(null);
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('bar');
  protected readonly showTable = signal(false);

  protected readonly title = computed(() => this.chart().caption);
  private readonly language = computed<Language>(() => this.i18n.language());
  /** At most one colour per series: the palette has 8. */
  private readonly series = computed(() => this.chart().series.slice(0, BAR_CHART_COLORS.length));
  private readonly hasGaps = computed(() => this.series().some((series) => this.chart().categories.some((_, index) => (series.values[index] ?? null) === null)));
  protected readonly hasData = computed(() => this.chart().categories.length > 0 && this.series().some((series) => series.values.some((value) => value !== null && Number.isFinite(value))));

  protected readonly legend = computed<LegendItem[]>(() =>
    this.series().map((series, index) => ({ label: series.name, color: BAR_CHART_COLORS[index], kind: 'box', dash: 'none' })),
  );

  protected readonly summaryText = computed(() => {
    this.language();
    const given = this.chart().summary.trim() || this.i18n.translate('reports.barChart.none');
    return this.hasData() && this.hasGaps() ? `${given} ${this.i18n.translate('reports.barChart.missingNote')}` : given;
  });

  protected readonly table = computed(() => {
    const { categories, unit, caption } = this.chart();
    const language = this.language();
    return {
      caption,
      headers: [this.categoryLabel() ?? this.i18n.translate('reports.barChart.category'), ...this.series().map((series) => series.name)],
      rows: categories.map((category, index) => [category, ...this.series().map((series) => formatBarValue(series.values[index] ?? null, unit, language))]),
    };
  });

  protected readonly chartType = 'bar' as const;
  protected readonly chartData = computed<ChartConfiguration<'bar'>['data']>(() => {
    const { categories, unit } = this.chart();
    const series = this.series();
    const missing = this.i18n.translate('reports.barChart.missingLabel');
    const empty = (index: number) => series.every((one) => plottedValue(one.values[index] ?? null, unit) === null);
    return {
      // A category without any figure keeps its place, with "geen cijfer" on a second line.
      labels: categories.map((category, index) => (empty(index) ? [category, `(${missing})`] : category)),
      datasets: series.map((one, seriesIndex) => {
        const color = BAR_CHART_COLORS[seriesIndex];
        return {
          label: one.name,
          data: categories.map((_, index) => plottedValue(one.values[index] ?? null, unit)),
          backgroundColor: color,
          borderColor: color,
          borderRadius: 4,
          maxBarThickness: 40,
        };
      }),
    };
  });

  protected readonly chartOptions = computed<ChartConfiguration<'bar'>['options']>(() => {
    const { unit } = this.chart();
    const language = this.language();
    const tick = (value: number) => (unit === '%' ? formatShare(value / 100, language) : formatBarValue(value, 'n', language));
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this.reducedMotion ? false : { duration: 300 },
      plugins: {
        // The legend is text above the chart (chart-legend-frame.html), not drawn on the canvas.
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${tick(Number(item.raw))}` } },
      },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: false } },
        y:
          unit === '%'
            ? { min: 0, max: 100, ticks: { stepSize: 25, callback: (value) => tick(Number(value)) } }
            : { beginAtZero: true, ticks: { precision: 0, callback: (value) => tick(Number(value)) } },
      },
    };
  });

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
