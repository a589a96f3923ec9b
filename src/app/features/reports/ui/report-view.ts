import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ReportDocument } from '@koers/contracts';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { BarChart } from '../../../shared/charts/bar-chart';
import { formatCell, formatDateTime } from './report-format';

let nextId = 0;

/**
 * A ReportDocument as a page: title, subtitle, school and date, sections with paragraphs (the
 * generated sentence emphasised), tables (scroll sideways on a phone) and bar charts, notes at the
 * end. The texts come from the server (Dutch, already suppressed); this only lays them out.
 */
@Component({
  selector: 'app-report-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChart, TranslatePipe],
  templateUrl: './report-view.html',
  styleUrl: './report-view.scss',
})
export class ReportView {
  private readonly i18n = inject(I18n);

  readonly report = input.required<ReportDocument>();
  /** The report title is the page's h1 (shared page) or an h2 under the page's own h1. */
  readonly titleLevel = input<1 | 2>(2);

  protected readonly id = `app-report-${++nextId}`;
  protected readonly sectionLevel = computed(() => this.titleLevel() + 1);
  protected readonly chartLevel = computed<3 | 4>(() => (this.titleLevel() === 1 ? 3 : 4));
  protected readonly generated = computed(() => formatDateTime(this.report().generatedAt, this.i18n.language()));
  protected readonly cell = formatCell;
}
