import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { GroupCell, OverviewMatrix } from '../state/school-overview.feature';

/** Students (and classes) per niveau × leerjaar, with row and column totals. */
@Component({
  selector: 'app-overview-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './overview-table.html',
  styleUrl: './overview-table.scss',
})
export class OverviewTable {
  readonly matrix = input.required<OverviewMatrix>();

  protected cellText(cell: GroupCell | null): string {
    return cell ? `${cell.studentCount} (${cell.classCount})` : '–';
  }
}
