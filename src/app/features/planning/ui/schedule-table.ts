import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MatTableModule } from '@angular/material/table';
import type { ScheduleSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

/** Plannings with lesson (and version), class, window, code and the link students open. */
@Component({
  selector: 'app-schedule-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAnchor, MatButton, MatTableModule, RouterLink, TranslatePipe],
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="label()">
      <table mat-table [dataSource]="schedules()">
        <ng-container matColumnDef="lesson">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'planning.lesson' | t }}</th>
          <td mat-cell *matCellDef="let row">
            {{ row.lessonTitle }} <span class="muted">({{ 'planning.version' | t: { version: row.lessonVersion } }})</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="className">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'planning.className' | t }}</th>
          <td mat-cell *matCellDef="let row">{{ row.className }}</td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'planning.window' | t }}</th>
          <td mat-cell *matCellDef="let row">{{ 'planning.windowText' | t: { from: formatDate(row.startsOn), to: formatDate(row.endsOn) } }}</td>
        </ng-container>
        <ng-container matColumnDef="code">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'planning.code' | t }}</th>
          <td mat-cell *matCellDef="let row"><span class="code">{{ row.code }}</span></td>
        </ng-container>
        <ng-container matColumnDef="link">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'planning.link' | t }}</th>
          <td mat-cell *matCellDef="let row"><span class="link">{{ origin() }}{{ row.studentPath }}</span></td>
        </ng-container>
        <ng-container matColumnDef="results">
          <th mat-header-cell *matHeaderCellDef scope="col"><span class="visually-hidden">{{ 'dashboards.link.results' | t }}</span></th>
          <td mat-cell *matCellDef="let row">
            <a mat-button [routerLink]="[row.id, 'resultaten']" [attr.aria-label]="'dashboards.link.resultsLabel' | t: { lesson: row.lessonTitle, className: row.className }">
              {{ 'dashboards.link.results' | t }}
            </a>
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef scope="col"><span class="visually-hidden">{{ 'planning.actions' | t }}</span></th>
          <td mat-cell *matCellDef="let row" class="actions">
            <a mat-button [routerLink]="[row.id, 'handout']">{{ 'planning.handout' | t }}</a>
            @if (row.status === 'upcoming') {
              <button mat-button type="button" (click)="deleted.emit(row.id)" [attr.aria-label]="'planning.deleteLabel' | t: { className: row.className }">
                {{ 'planning.delete' | t }}
              </button>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="shownColumns()"></tr>
        <tr mat-row *matRowDef="let row; columns: shownColumns()"></tr>
      </table>
    </div>
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .code { font-family: 'Roboto Mono', ui-monospace, monospace; font-weight: 500; letter-spacing: 0.1em; }
    .link { word-break: break-all; }
    .actions { white-space: nowrap; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class ScheduleTable {
  readonly schedules = input.required<readonly ScheduleSummary[]>();
  readonly label = input.required<string>();
  /** The SPA's own origin, so the link can be read aloud or copied to a board. */
  readonly origin = input<string>('');
  /** Handout and delete buttons, for those who plan (decaan, beheerder). */
  readonly canManage = input(false);
  /** A "Resultaten" link per planning, to `<id>/resultaten` relative to the page's route. */
  readonly showResults = input(false);
  readonly deleted = output<string>();
  private readonly columns = ['lesson', 'className', 'window', 'code', 'link'] as const;
  protected readonly shownColumns = computed(() => [...this.columns, ...(this.showResults() ? ['results'] : []), ...(this.canManage() ? ['actions'] : [])]);

  protected readonly formatDate = shortSchoolDate;
}
