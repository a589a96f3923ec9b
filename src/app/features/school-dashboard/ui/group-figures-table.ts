import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { chartId } from '../../../shared/charts/chart-format';
import type { GroupRow } from '../state/school-dashboard-view';
import { countWithShare, formatMean, localLabel, shiftTexts } from './school-dashboard-format';
import { TraceList } from './trace-list';

/**
 * Reach, completion, ratings and choice shift of a list of groups (classes, leerjaren or niveaus),
 * one row each; "Lessen" on a row opens the plannings behind its figures. Scrolls sideways inside
 * a focusable region on narrow screens.
 */
@Component({
  selector: 'app-group-figures-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TraceList, TranslatePipe],
  template: `
    <h3 [id]="id + '-title'">{{ title() }}</h3>
    @if (rows().length) {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-labelledby]="id + '-title'">
        <table>
          <caption class="visually-hidden">{{ title() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ groupLabel() }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.groups.students' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.groups.reached' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.groups.completed' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.groups.ratings' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.groups.realism' | t }}</th>
              <th scope="col" class="number">{{ 'schoolDashboard.groups.shift' | t }}</th>
              <th scope="col"><span class="visually-hidden">{{ 'schoolDashboard.groups.trace' | t }}</span></th>
            </tr>
          </thead>
          <tbody>
            @for (row of cells(); track row.key) {
              <tr [class.open]="openKey() === row.key">
                <th scope="row">{{ row.label }}</th>
                <td class="number">{{ row.students }}</td>
                <td class="number" [class.small]="row.reachedSmall">{{ row.reached }}</td>
                <td class="number" [class.small]="row.completedSmall">{{ row.completed }}</td>
                <td class="number">{{ row.ratings }}</td>
                <td class="number">{{ row.realism }}</td>
                <td class="number" [class.muted]="row.shift.suppressed">
                  {{ row.shift.main }}
                  @if (row.shift.detail) {
                    <span class="detail">{{ row.shift.detail }}</span>
                  }
                </td>
                <td class="trace-cell">
                  @if (row.plannings) {
                    <button
                      mat-button
                      type="button"
                      [attr.aria-expanded]="openKey() === row.key"
                      [attr.aria-controls]="id + '-trace-' + $index"
                      [attr.aria-label]="row.traceLabel"
                      (click)="toggle(row.key)"
                    >
                      <mat-icon aria-hidden="true">{{ openKey() === row.key ? 'expand_less' : 'expand_more' }}</mat-icon>
                      {{ 'schoolDashboard.trace.open' | t: { count: row.plannings } }}
                    </button>
                  } @else {
                    <span class="muted">{{ 'schoolDashboard.trace.noneButton' | t }}</span>
                  }
                </td>
              </tr>
              @if (openKey() === row.key) {
                <tr class="trace-row" [id]="id + '-trace-' + $index">
                  <td colspan="8">
                    <app-trace-list [group]="row.label" [plannings]="row.source.plannings" [namesFailed]="namesFailed()" [headingId]="id + '-trace-heading-' + $index" />
                  </td>
                </tr>
              }
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="muted">{{ 'schoolDashboard.groups.none' | t }}</p>
    }
  `,
  styleUrl: './figures-table.scss',
})
export class GroupFiguresTable {
  private readonly i18n = inject(I18n);

  readonly title = input.required<string>();
  /** Heading of the first column ("Klas", "Leerjaar", "Niveau"). */
  readonly groupLabel = input.required<string>();
  readonly rows = input<readonly GroupRow[]>([]);
  readonly namesFailed = input(false);

  protected readonly id = chartId('group-table');
  protected readonly openKey = signal<string | null>(null);

  protected readonly cells = computed(() => {
    const language = this.i18n.language();
    return this.rows().map((row) => {
      const label = localLabel(row.label, language);
      return {
        key: row.key,
        label,
        source: row,
        students: row.students,
        reached: countWithShare(row.reached, this.i18n),
        reachedSmall: row.reached.kind === 'small',
        completed: countWithShare(row.completed, this.i18n),
        completedSmall: row.completed.kind === 'small',
        ratings: row.ratings,
        realism: formatMean(row.realismMean, language),
        shift: shiftTexts(row.shift, this.i18n),
        plannings: row.plannings.length,
        traceLabel: this.i18n.translate('schoolDashboard.trace.openLabel', { count: row.plannings.length, group: label }),
      };
    });
  });

  protected toggle(key: string): void {
    this.openKey.update((open) => (open === key ? null : key));
  }
}
