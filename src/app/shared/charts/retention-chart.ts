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
import { NO_LEGEND, chartId, clampShare, formatShare } from './chart-format';
import { prefersReducedMotion } from './chart-setup';

/** Seconds between rows of the data table. */
export const RETENTION_TABLE_STEP = 5;

export interface RetentionRow {
  readonly second: number;
  readonly share: number;
  readonly isEnd: boolean;
}

/** The share still watching at second `second` (the last known value after the end of the data). */
export function retentionAt(retention: readonly number[], second: number): number {
  if (retention.length === 0) return 0;
  return clampShare(retention[Math.min(Math.max(0, Math.floor(second)), retention.length - 1)]);
}

/** The last second the chart shows: the video's duration, or the data's length when it has no duration. */
export function lastSecond(retention: readonly number[], durationSeconds: number): number {
  return durationSeconds > 0 ? Math.floor(durationSeconds) : Math.max(0, retention.length - 1);
}

/** Table rows every 5 s from 0, plus the end of the video when it is not on the grid. */
export function retentionRows(retention: readonly number[], durationSeconds: number): RetentionRow[] {
  if (retention.length === 0) return [];
  const end = lastSecond(retention, durationSeconds);
  const rows: RetentionRow[] = [];
  for (let second = 0; second <= end; second += RETENTION_TABLE_STEP) rows.push({ second, share: retentionAt(retention, second), isEnd: second === end });
  if (end % RETENTION_TABLE_STEP !== 0) rows.push({ second: end, share: retentionAt(retention, end), isEnd: true });
  return rows;
}

/** The point the summary names: halfway, on the 5-second grid when the video is long enough. */
export function summarySecond(durationSeconds: number): number {
  const half = durationSeconds / 2;
  return half >= RETENTION_TABLE_STEP ? Math.floor(half / RETENTION_TABLE_STEP) * RETENTION_TABLE_STEP : Math.floor(half);
}

/**
 * How many viewers were still watching at each second of a video (a line chart: x in seconds,
 * y in %), with a sentence that says it in words and a table with a row every 5 seconds.
 * Presentational: plain numbers in (`retention[i]` = share still watching at second i, 0–1).
 * Needs `provideKoersCharts()` in the providers of the route that shows it.
 */
@Component({
  selector: 'app-retention-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButton, MatIcon, TranslatePipe],
  templateUrl: './chart-frame.html',
  styleUrl: './chart.scss',
})
export class RetentionChart {
  private readonly i18n = inject(I18n);
  private readonly reducedMotion = prefersReducedMotion(inject(DOCUMENT).defaultView);

  readonly title = input.required<string>();
  readonly retention = input<readonly number[]>([]);
  readonly durationSeconds = input(0);
  /** Replaces the generated sentence when the page has a better one. */
  readonly summary = input<string | null>(null);
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('retention');
  protected readonly showTable = signal(false);
  protected readonly legend = NO_LEGEND;
  protected readonly hasData = computed(() => this.retention().length > 0);

  private readonly language = computed<Language>(() => this.i18n.language());
  private readonly end = computed(() => lastSecond(this.retention(), this.durationSeconds()));

  protected readonly summaryText = computed(() => {
    const given = this.summary();
    if (given) return given;
    const retention = this.retention();
    const language = this.language();
    if (retention.length === 0) return this.i18n.translate('dashboards.charts.retention.none');
    const second = summarySecond(this.end());
    return this.i18n.translate('dashboards.charts.retention.summary', {
      second,
      middle: formatShare(retentionAt(retention, second), language),
      end: formatShare(retentionAt(retention, this.end()), language),
    });
  });

  protected readonly table = computed(() => {
    const language = this.language();
    return {
      caption: this.i18n.translate('dashboards.charts.retention.caption', { title: this.title() }),
      headers: [this.i18n.translate('dashboards.charts.retention.second'), this.i18n.translate('dashboards.charts.retention.watching')],
      rows: retentionRows(this.retention(), this.durationSeconds()).map((row) => [
        row.isEnd ? this.i18n.translate('dashboards.charts.retention.end', { second: row.second }) : String(row.second),
        formatShare(row.share, language),
      ]),
    };
  });

  protected readonly chartType = 'line' as const;
  protected readonly chartData = computed<ChartConfiguration<'line'>['data']>(() => {
    const retention = this.retention();
    const seconds = Array.from({ length: this.end() + 1 }, (_, second) => second);
    const color = KOERS_PALETTE[0];
    return {
      labels: seconds.map(String),
      datasets: [
        {
          label: this.i18n.translate('dashboards.charts.retention.watching'),
          data: seconds.map((second) => Math.round(retentionAt(retention, second) * 1000) / 10),
          borderColor: color,
          backgroundColor: `${color}33`,
          fill: 'origin',
          pointRadius: 0,
          borderWidth: 2,
          tension: 0,
        },
      ],
    };
  });

  protected readonly chartOptions = computed<ChartConfiguration<'line'>['options']>(() => {
    const language = this.language();
    const percent = (value: number) => formatShare(value / 100, language);
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: this.reducedMotion ? false : { duration: 300 },
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { title: (items) => `${items[0]?.label ?? ''} s`, label: (item) => percent(Number(item.raw)) } },
      },
      scales: {
        x: {
          title: { display: true, text: this.i18n.translate('dashboards.charts.retention.xAxis') },
          ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8 },
          grid: { display: false },
        },
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: this.i18n.translate('dashboards.charts.retention.yAxis') },
          ticks: { stepSize: 25, callback: (value) => percent(Number(value)) },
        },
      },
    };
  });

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
