import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { ProspectFormat, ProspectImportSummary } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

/** Earlier imports, newest first (the server's order). */
@Component({
  selector: 'app-import-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, TranslatePipe],
  template: `
    @if (imports().length) {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'prospects.history.label' | t">
        <table mat-table [dataSource]="imports()">
          <ng-container matColumnDef="when">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.history.when' | t }}</th>
            <td mat-cell *matCellDef="let row" class="nowrap">{{ date(row.importedAt) }}</td>
          </ng-container>
          <ng-container matColumnDef="source">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.table.source' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ row.source }}, {{ row.year }}, {{ row.region }}</td>
          </ng-container>
          <ng-container matColumnDef="format">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.import.format' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ formatKey(row.format) | t }}</td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.filters.status' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ statusKey(row.status) | t }}</td>
          </ng-container>
          <ng-container matColumnDef="file">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.history.file' | t }}</th>
            <td mat-cell *matCellDef="let row" class="file">{{ row.fileName }}</td>
          </ng-container>
          <ng-container matColumnDef="rows">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.history.rows' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ row.rows }}</td>
          </ng-container>
          <ng-container matColumnDef="counts">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.history.counts' | t }}</th>
            <td mat-cell *matCellDef="let row" class="nowrap">{{ row.counts.added }} / {{ row.counts.changed }} / {{ row.counts.unchanged }} / {{ row.counts.removed }}</td>
          </ng-container>
          <ng-container matColumnDef="by">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.history.by' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ row.importedBy }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    } @else {
      <p class="muted">{{ 'prospects.history.empty' | t }}</p>
    }
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .nowrap { white-space: nowrap; }
    .file { word-break: break-all; }
    .muted { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ImportHistory {
  readonly imports = input.required<readonly ProspectImportSummary[]>();
  protected readonly columns = ['when', 'source', 'format', 'status', 'file', 'rows', 'counts', 'by'];

  protected date(iso: string): string {
    return shortSchoolDate(iso.slice(0, 10));
  }

  protected formatKey(format: ProspectFormat): TranslationKey {
    return `prospects.formats.${format}.name`;
  }

  protected statusKey(status: ProspectImportSummary['status']): TranslationKey {
    return `prospects.status.${status}`;
  }
}
