import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { KOERS_PALETTE } from '@koers/contracts';
import type { ChartConfiguration, PointStyle } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { type LegendItem, chartId } from './chart-format';
import { prefersReducedMotion } from './chart-setup';

/** One line of a trend chart: a count per period, as many as there are labels. */
export interface TrendSeries {
  readonly label: string;
  readonly values: readonly number[];
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11): blue, vermillion, bluish green, reddish purple. */
export const TREND_COLORS = [KOERS_PALETTE[0], KOERS_PALETTE[5], KOERS_PALETTE[2], KOERS_PALETTE[3]] as const;
/** Line patterns and point shapes, so the lines also differ without colour. */
const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 3, 2, 3]];
const POINTS: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot'];

export const trendStyle = (index: number) => ({
  color: TREND_COLORS[index % TREND_COLORS.length],
  dash: DASHES[index % DASHES.length],
  point: POINTS[index % POINTS.length],
});

/** The series with every value a whole, non-negative number and exactly one value per label. */
export function trendValues(series: readonly TrendSeries[], length: number): number[][] {
  return series.map((line) => Array.from({ length }, (_, index) => {
    const value = line.values[index];
    return Number.isFinite(value) ? Math.max(0, value) : 0;
  }));
}

/**
 * Counts over time (a line chart with a line per series, e.g. students who started, completed and
 * were paired, per month), with a legend, a sentence given by the page and a table with a row per
 * period. Presentational: labels and numbers in, texts from the page.
 * Needs `provideKoersCharts()` in the providers of the route that shows it.
 */
@Component({
  selector: 'app-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButton, MatIcon, TranslatePipe],
  templateUrl: './chart-frame.html',
  styleUrl: './chart.scss',
})
export class TrendChart {
  private readonly reducedMotion = prefersReducedMotion(inject(DOCUMENT).defaultView);

  readonly title = input.required<string>();
  /** The periods on the x axis, already written out (e.g. "nov 2026"). */
  readonly labels = input<readonly string[]>([]);
  readonly series = input<readonly TrendSeries[]>([]);
  /** Heading of the period column in the table (e.g. "Maand"). */
  readonly periodLabel = input('');
  /** Title of the y axis (e.g. "Leerlingen"). */
  readonly valueLabel = input('');
  /** What the chart shows, in a sentence (the page writes it: it knows what the numbers mean). */
  readonly summary = input('');
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('trend');
  protected readonly showTable = signal(false);

  private readonly values = computed(() => trendValues(this.series(), this.labels().length));
  protected readonly hasData = computed(() => this.labels().length > 0 && this.series().length > 0);
  protected readonly summaryText = computed(() => this.summary());

  protected readonly legend = computed<LegendItem[]>(() =>
    this.series().map((line, index) => {
      const style = trendStyle(index);
      return { label: line.label, color: style.color, kind: 'line', dash: style.dash.length ? style.dash.join(' ') : 'none' };
    }),
  );

  protected readonly table = computed(() => ({
    caption: this.title(),
    headers: [this.periodLabel(), ...this.series().map((line) => line.label)],
    rows: this.labels().map((label, row) => [label, ...this.values().map((values) => String(values[row]))]),
  }));

  protected readonly chartType = 'line' as const;
  protected readonly chartData = computed<ChartConfiguration<'line'>['data']>(() => ({
    labels: [...this.labels()],
    datasets: this.series().map((line, index) => {
      const style = trendStyle(index);
      return {
        label: line.label,
        data: this.values()[index],
        borderColor: style.color,
        backgroundColor: style.color,
        borderDash: [...style.dash],
        pointStyle: style.point,
        pointRadius: 4,
        pointHoverRadius: 6,
        borderWidth: 2,
        tension: 0,
        fill: false,
      };
    }),
  }));

  protected readonly chartOptions = computed<ChartConfiguration<'line'>['options']>(() => ({
    responsive: true,
    maintainAspectRatio: false,
    animation: this.reducedMotion ? false : { duration: 300 },
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { display: false } },
    scales: {
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
      y: {
        beginAtZero: true,
        title: { display: !!this.valueLabel(), text: this.valueLabel() },
        ticks: { precision: 0 },
      },
    },
  }));

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
