import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { ImportPreviewRow, ImportProblem, ProspectImportReport } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

const DELIMITERS: Readonly<Record<ProspectImportReport['delimiter'], TranslationKey>> = {
  ';': 'prospects.report.delimiters.semicolon',
  ',': 'prospects.report.delimiters.comma',
  '\t': 'prospects.report.delimiters.tab',
};

/** Codes the SPA can name in the user's language; the server's message gives the details. */
const KNOWN_PROBLEMS = new Set([
  'empty_file',
  'unterminated_quote',
  'missing_column',
  'duplicate_column',
  'cell_count',
  'unknown_label',
  'not_a_number',
  'out_of_range',
  'bad_scale',
]);

/** What a (trial) import found: encoding and delimiter, counts, the problems per line and a preview. */
@Component({
  selector: 'app-import-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, TranslatePipe],
  template: `
    <p class="outcome" role="status">
      @if (report().imported) {
        {{ 'prospects.report.imported' | t }}
      } @else if (report().dryRun) {
        {{ 'prospects.report.dryRun' | t }}
      } @else {
        {{ 'prospects.report.notImported' | t }}
      }
    </p>
    <p class="key">{{ 'prospects.report.key' | t: { source: report().key.source, year: report().key.year, region: report().key.region } }}</p>
    <dl class="summary" [attr.aria-label]="'prospects.report.summaryLabel' | t">
      <div><dt>{{ 'prospects.report.encoding' | t }}</dt><dd>{{ report().encoding }}</dd></div>
      <div><dt>{{ 'prospects.report.delimiter' | t }}</dt><dd>{{ delimiterKey() | t }}</dd></div>
      <div><dt>{{ 'prospects.report.rows' | t }}</dt><dd>{{ report().rows }}</dd></div>
      <div><dt>{{ 'prospects.report.validRows' | t }}</dt><dd>{{ report().validRows }}</dd></div>
      <div><dt>{{ 'prospects.report.added' | t }}</dt><dd>{{ report().counts.added }}</dd></div>
      <div><dt>{{ 'prospects.report.changed' | t }}</dt><dd>{{ report().counts.changed }}</dd></div>
      <div><dt>{{ 'prospects.report.unchanged' | t }}</dt><dd>{{ report().counts.unchanged }}</dd></div>
      <div><dt>{{ 'prospects.report.removed' | t }}</dt><dd>{{ report().counts.removed }}</dd></div>
    </dl>
    @if (report().counts.removed) {
      <p class="muted">{{ 'prospects.report.removedHint' | t }}</p>
    }

    <h4>{{ 'prospects.report.problemsHeading' | t: { count: report().problems.length } }}</h4>
    @if (report().problems.length) {
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'prospects.report.problemsLabel' | t">
        <table mat-table [dataSource]="report().problems" class="problems">
          <ng-container matColumnDef="line">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.line' | t }}</th>
            <td mat-cell *matCellDef="let problem">{{ problem.line || ('prospects.report.wholeFile' | t) }}</td>
          </ng-container>
          <ng-container matColumnDef="column">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.column' | t }}</th>
            <td mat-cell *matCellDef="let problem">{{ problem.column || ('prospects.report.wholeRow' | t) }}</td>
          </ng-container>
          <ng-container matColumnDef="reason">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.reason' | t }}</th>
            <td mat-cell *matCellDef="let problem">
              @if (problemKey(problem); as key) {
                <strong>{{ key | t }}:</strong>
              }
              {{ problem.message }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="problemColumns"></tr>
          <tr mat-row *matRowDef="let row; columns: problemColumns"></tr>
        </table>
      </div>
    } @else {
      <p>{{ 'prospects.report.noProblems' | t }}</p>
    }

    @if (report().preview.length) {
      <h4>{{ 'prospects.report.previewHeading' | t }}</h4>
      <p class="muted">{{ 'prospects.report.previewNote' | t: { count: report().preview.length } }}</p>
      <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'prospects.report.previewLabel' | t">
        <table mat-table [dataSource]="report().preview" class="preview">
          <ng-container matColumnDef="line">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.line' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ row.line }}</td>
          </ng-container>
          <ng-container matColumnDef="target">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.target' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ row.target }}</td>
          </ng-container>
          <ng-container matColumnDef="value">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.value' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ row.value }}</td>
          </ng-container>
          <ng-container matColumnDef="score">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.score' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ 'prospects.table.scoreOf' | t: { score: row.score } }}</td>
          </ng-container>
          <ng-container matColumnDef="change">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.report.change' | t }}</th>
            <td mat-cell *matCellDef="let row">{{ changeKey(row) | t }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="previewColumns"></tr>
          <tr mat-row *matRowDef="let row; columns: previewColumns"></tr>
        </table>
      </div>
    }
  `,
  styles: `
    :host { display: block; }
    .outcome { font-weight: 500; }
    .summary { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0.5rem 0; }
    .summary div { display: flex; flex-direction: column; }
    .summary dt { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .summary dd { margin: 0; font-weight: 500; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .table-scroll { overflow-x: auto; max-height: 28rem; }
    table { width: 100%; }
  `,
})
export class ImportReport {
  readonly report = input.required<ProspectImportReport>();
  protected readonly problemColumns = ['line', 'column', 'reason'];
  protected readonly previewColumns = ['line', 'target', 'value', 'score', 'change'];
  protected readonly delimiterKey = computed(() => DELIMITERS[this.report().delimiter]);

  protected problemKey(problem: ImportProblem): TranslationKey | null {
    return KNOWN_PROBLEMS.has(problem.code) ? (`prospects.problems.${problem.code}` as TranslationKey) : null;
  }

  protected changeKey(row: ImportPreviewRow): TranslationKey {
    return `prospects.report.changes.${row.change}`;
  }
}
