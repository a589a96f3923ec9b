import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { chartId, formatShare } from '../../../shared/charts/chart-format';
import type { ModuleRow } from '../state/school-dashboard-view';
import { formatMean, shiftTexts } from './school-dashboard-format';
import { TraceList } from './trace-list';

/**
 * Every module in the planned lessons: reach, completion, median watch-through, ratings, "learned
 * something" and the choice shift in the lessons that contained it (an association, not proof: the
 * page says so above the table). "Herleiden" opens the plannings and the module itself.
 */
@Component({
  selector: 'app-module-figures-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TraceList, TranslatePipe],
  template: `
    @if (rows().length) {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="title()">
        <table>
          <caption class="visually-hidden">{{ title() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'schoolDashboard.modules.module' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.started' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.completed' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.watch' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.ratings' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.realism' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.learned' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.modules.shift' | t }}</th>
              <th scope="col"><span class="visually-hidden">{{ 'schoolDashboard.modules.trace' | t }}</span></th>
            </tr>
          </thead>
          <tbody>
            @for (row of cells(); track row.key) {
              <tr [class.open]="openKey() === row.key">
                <th scope="row" class="title-cell">
                  {{ row.title }}
                  <span class="version">{{ row.type }} · {{ row.version }}</span>
                </th>
                <td class="number">{{ row.started }}</td>
                <td class="number">{{ row.completed }}</td>
                <td class="number">{{ row.watch }}</td>
                <td class="number">{{ row.ratings }}</td>
                <td class="number">{{ row.realism }}</td>
                <td class="number">{{ row.learned }}</td>
                <td class="number" [class.muted]="row.shift.suppressed">
                  {{ row.shift.main }}
                  @if (row.shift.detail) {
                    <span class="detail">{{ row.shift.detail }}</span>
                  }
                </td>
                <td class="trace-cell">
                  <button
                    mat-button
                    type="button"
                    [attr.aria-expanded]="openKey() === row.key"
                    [attr.aria-controls]="id + '-trace-' + $index"
                    [attr.aria-label]="row.traceLabel"
                    (click)="toggle(row.key)"
                  >
                    <mat-icon aria-hidden="true">{{ openKey() === row.key ? 'expand_less' : 'expand_more' }}</mat-icon>
                    {{ 'schoolDashboard.modules.trace' | t }}
                  </button>
                </td>
              </tr>
              @if (openKey() === row.key) {
                <tr class="trace-row" [id]="id + '-trace-' + $index">
                  <td colspan="9">
                    <app-trace-list
                      [group]="row.title"
                      [plannings]="row.source.plannings"
                      [moduleLink]="{ path: row.source.path, title: row.title }"
                      [namesFailed]="namesFailed()"
                      [headingId]="id + '-trace-heading-' + $index"
                    />
                  </td>
                </tr>
              }
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="muted">{{ 'schoolDashboard.modules.none' | t }}</p>
    }
  `,
  styleUrl: './figures-table.scss',
})
export class ModuleFiguresTable {
  private readonly i18n = inject(I18n);

  /** Names the table for assistive technology (the page shows it as the section heading). */
  readonly title = input.required<string>();
  readonly rows = input<readonly ModuleRow[]>([]);
  readonly namesFailed = input(false);

  protected readonly id = chartId('module-table');
  protected readonly openKey = signal<string | null>(null);

  protected readonly cells = computed(() => {
    const language = this.i18n.language();
    const share = (value: number | null) => (value === null ? '–' : formatShare(value, language));
    return this.rows().map((row) => ({
      key: row.key,
      title: row.title,
      source: row,
      version: this.i18n.translate('schoolDashboard.modules.version', { version: row.moduleVersion }),
      type: this.i18n.translate(row.type === 'video' ? 'schoolDashboard.modules.video' : 'schoolDashboard.modules.game'),
      started: row.started,
      completed: row.completedShare === null ? String(row.completed) : `${row.completed} (${share(row.completedShare)})`,
      watch: share(row.medianWatchThrough),
      ratings: row.ratings,
      realism: formatMean(row.realismMean, language),
      learned: share(row.learnedYesShare),
      shift: shiftTexts(row.shift, this.i18n),
      traceLabel: this.i18n.translate('schoolDashboard.trace.openLabel', { count: row.plannings.length, group: row.title }),
    }));
  });

  protected toggle(key: string): void {
    this.openKey.update((open) => (open === key ? null : key));
  }
}
