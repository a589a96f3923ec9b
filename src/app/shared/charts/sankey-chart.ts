import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { KOERS_PALETTE } from '@koers/contracts';
import { Chart, type ChartConfiguration, LinearScale, Tooltip } from 'chart.js';
import { Flow, SankeyController } from 'chartjs-chart-sankey';
import { BaseChartDirective } from 'ng2-charts';
import type { Language } from '../../core/i18n/dictionary';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { NO_LEGEND, chartId } from './chart-format';
import { prefersReducedMotion } from './chart-setup';

/** One band of the flow chart: `count` students went from `from` (before) to `to` (after). */
export interface SankeyFlow {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

const BEFORE = 'voor:';
const AFTER = 'na:';

/** Node keys are prefixed per side, so "Zorg" before and "Zorg" after are two nodes, not a loop. */
export function sankeyData(flows: readonly SankeyFlow[]): { data: { from: string; to: string; flow: number }[]; labels: Record<string, string> } {
  const labels: Record<string, string> = {};
  const data = flows
    .filter((flow) => flow.count > 0)
    .map((flow) => {
      labels[BEFORE + flow.from] = flow.from;
      labels[AFTER + flow.to] = flow.to;
      return { from: BEFORE + flow.from, to: AFTER + flow.to, flow: flow.count };
    });
  return { data, labels };
}

/** The largest flow (the first of equals), or null when there is none. */
export function largestFlow(flows: readonly SankeyFlow[]): SankeyFlow | null {
  return flows.reduce<SankeyFlow | null>((best, flow) => (flow.count > 0 && (!best || flow.count > best.count) ? flow : best), null);
}

/**
 * Where a group went: a flow (Sankey) chart from categories before to categories after, e.g. the
 * sector of the first choice before and after a lesson. Presentational: flows in, already merged and
 * suppressed by the caller. Registers its own Chart.js controller, so it works on any route.
 */
@Component({
  selector: 'app-sankey-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, MatButton, MatIcon, TranslatePipe],
  templateUrl: './chart-frame.html',
  styleUrl: './chart.scss',
  host: { style: '--app-chart-height: 300px' },
})
export class SankeyChart {
  private readonly i18n = inject(I18n);
  private readonly reducedMotion = prefersReducedMotion(inject(DOCUMENT).defaultView);

  readonly title = input.required<string>();
  readonly flows = input<readonly SankeyFlow[]>([]);
  /** Replaces the generated sentence when the page has a better one. */
  readonly summary = input<string | null>(null);
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('sankey');
  protected readonly showTable = signal(false);
  protected readonly legend = NO_LEGEND;
  private readonly shown = computed(() => this.flows().filter((flow) => flow.count > 0));
  protected readonly hasData = computed(() => this.shown().length > 0);
  private readonly language = computed<Language>(() => this.i18n.language());

  constructor() {
    Chart.register(SankeyController, Flow, LinearScale, Tooltip);
  }

  protected readonly summaryText = computed(() => {
    const given = this.summary();
    if (given) return given;
    this.language();
    const largest = largestFlow(this.shown());
    if (!largest) return this.i18n.translate('dashboards.charts.sankey.none');
    const total = this.shown().reduce((sum, flow) => sum + flow.count, 0);
    const key = largest.from === largest.to ? 'dashboards.charts.sankey.summaryStay' : 'dashboards.charts.sankey.summary';
    return this.i18n.translate(key, { from: largest.from, to: largest.to, count: largest.count, total });
  });

  protected readonly table = computed(() => {
    this.language();
    return {
      caption: this.title(),
      headers: [this.i18n.translate('dashboards.charts.sankey.before'), this.i18n.translate('dashboards.charts.sankey.after'), this.i18n.translate('dashboards.charts.sankey.count')],
      rows: this.shown().map((flow) => [flow.from, flow.to, String(flow.count)]),
    };
  });

  protected readonly chartType = 'sankey' as const;
  protected readonly chartData = computed<ChartConfiguration<'sankey'>['data']>(() => {
    const { data, labels } = sankeyData(this.shown());
    const sources = [...new Set(data.map((flow) => flow.from))];
    const colorOf = (key: string) => {
      const index = sources.indexOf(key);
      return KOERS_PALETTE[(index < 0 ? 0 : index) % (KOERS_PALETTE.length - 1)] ?? KOERS_PALETTE[0];
    };
    return {
      datasets: [
        {
          label: this.title(),
          data,
          labels,
          colorFrom: (context) => colorOf((context.dataset.data[context.dataIndex] as { from: string }).from),
          colorTo: (context) => colorOf((context.dataset.data[context.dataIndex] as { from: string }).from),
          colorMode: 'from',
          alpha: 0.55,
          borderWidth: 0,
          nodeWidth: 12,
          size: 'max',
        },
      ],
    };
  });

  protected readonly chartOptions = computed<ChartConfiguration<'sankey'>['options']>(() => ({
    responsive: true,
    maintainAspectRatio: false,
    animation: this.reducedMotion ? false : { duration: 300 },
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item) => {
            const raw = item.raw as { from: string; to: string; flow: number };
            return this.i18n.translate('dashboards.charts.sankey.tooltip', { from: raw.from.slice(BEFORE.length), to: raw.to.slice(AFTER.length), count: raw.flow });
          },
        },
      },
    },
  }));

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
