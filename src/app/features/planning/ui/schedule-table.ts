import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { ScheduleSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Plannings with lesson (and version), class, window, code and the link students open. */
@Component({
  selector: 'app-schedule-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, TranslatePipe],
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
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .code { font-family: 'Roboto Mono', ui-monospace, monospace; font-weight: 500; letter-spacing: 0.1em; }
    .link { word-break: break-all; }
  `,
})
export class ScheduleTable {
  readonly schedules = input.required<readonly ScheduleSummary[]>();
  readonly label = input.required<string>();
  /** The SPA's own origin, so the link can be read aloud or copied to a board. */
  readonly origin = input<string>('');
  protected readonly columns = ['lesson', 'className', 'window', 'code', 'link'] as const;

  /** yyyy-mm-dd → d-m-yyyy, as Dutch schools write dates. */
  protected formatDate(iso: string): string {
    const [year, month, day] = iso.split('-');
    return `${Number(day)}-${Number(month)}-${year}`;
  }
}
