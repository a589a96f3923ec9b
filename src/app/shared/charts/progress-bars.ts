import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { KOERS_PALETTE } from '@koers/contracts';
import type { Language } from '../../core/i18n/dictionary';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { chartId, formatShare, shareOf } from './chart-format';

/** One bar: `value` of `total` (e.g. 12 of 27 students started). */
export interface ProgressItem {
  readonly label: string;
  readonly value: number;
  readonly total: number;
}

/**
 * A few "x of N" figures as horizontal bars drawn with CSS (no Chart.js), each with its numbers
 * written out, a summary sentence and the same numbers as a table on request.
 */
@Component({
  selector: 'app-progress-bars',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe],
  template: `
    <div class="head">
      @switch (headingLevel()) {
        @case (2) {
          <h2 class="title" [id]="id + '-title'">{{ title() }}</h2>
        }
        @case (4) {
          <h4 class="title" [id]="id + '-title'">{{ title() }}</h4>
        }
        @default {
          <h3 class="title" [id]="id + '-title'">{{ title() }}</h3>
        }
      }
      @if (!loading()) {
        <button mat-button type="button" class="toggle" [attr.aria-pressed]="showTable()" (click)="toggleTable()">
          <mat-icon aria-hidden="true">table_chart</mat-icon>
          {{ 'dashboards.charts.showTable' | t }}
        </button>
      }
    </div>
    @if (loading()) {
      <div class="loading" aria-busy="true">
        <span class="visually-hidden" role="status">{{ 'dashboards.charts.loading' | t }}</span>
        <div class="skeleton line" aria-hidden="true"></div>
        <div class="skeleton block" aria-hidden="true"></div>
      </div>
    } @else {
      <p class="summary">{{ summaryText() }}</p>
      @if (showTable()) {
        <div class="table-scroll" tabindex="0" role="region" [attr.aria-labelledby]="id + '-title'">
          <table class="data">
            <caption class="visually-hidden">{{ title() }}</caption>
            <thead>
              <tr>
                <th scope="col"><span class="visually-hidden">{{ 'dashboards.charts.progress.item' | t }}</span></th>
                <th scope="col" class="number">{{ 'dashboards.charts.progress.count' | t }}</th>
                <th scope="col" class="number">{{ 'dashboards.charts.progress.total' | t }}</th>
                <th scope="col" class="number">{{ 'dashboards.charts.progress.share' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (bar of bars(); track bar.label) {
                <tr>
                  <th scope="row">{{ bar.label }}</th>
                  <td class="number">{{ bar.value }}</td>
                  <td class="number">{{ bar.total }}</td>
                  <td class="number">{{ bar.share }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <ul class="bars">
          @for (bar of bars(); track bar.label) {
            <li>
              <span class="label">{{ bar.text }}</span>
              <span class="track" aria-hidden="true"><span class="fill" [style.width.%]="bar.percent" [style.background]="bar.color"></span></span>
            </li>
          }
        </ul>
      }
    }
  `,
  styleUrl: './chart.scss',
  styles: `
    .bars { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .label { display: block; font: var(--mat-sys-body-medium); margin-bottom: 0.25rem; }
    .track { display: block; height: 0.75rem; border-radius: 4px; background: var(--mat-sys-surface-container-high); overflow: hidden; }
    .fill { display: block; height: 100%; min-width: 2px; border-radius: 4px; }
    .skeleton.block { height: 4rem; }
  `,
})
export class ProgressBars {
  private readonly i18n = inject(I18n);

  readonly title = input.required<string>();
  readonly items = input<readonly ProgressItem[]>([]);
  readonly summary = input<string | null>(null);
  readonly loading = input(false);
  readonly headingLevel = input<2 | 3 | 4>(3);

  protected readonly id = chartId('progress');
  protected readonly showTable = signal(false);
  private readonly language = computed<Language>(() => this.i18n.language());

  protected readonly bars = computed(() => {
    const language = this.language();
    return this.items().map((item, index) => {
      const share = shareOf(item.value, item.total);
      const shareText = formatShare(share, language);
      return {
        label: item.label,
        value: item.value,
        total: item.total,
        share: shareText,
        percent: share * 100,
        color: KOERS_PALETTE[index % KOERS_PALETTE.length],
        text: this.i18n.translate('dashboards.charts.progress.line', { label: item.label, value: item.value, total: item.total, share: shareText }),
      };
    });
  });

  protected readonly summaryText = computed(
    () => this.summary() ?? this.bars().map((bar) => this.i18n.translate('dashboards.charts.progress.summaryItem', { label: bar.label, value: bar.value, total: bar.total })).join('; '),
  );

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
  }
}
