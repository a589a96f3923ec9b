import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatTableModule } from '@angular/material/table';
import { LANDELIJK, type ProspectIndicator, type ProspectStatus } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The labels a value carries next to its status, in words (never colour alone). */
export function indicatorLabels(indicator: ProspectIndicator): ('outdated' | 'regional')[] {
  return [...(indicator.outdated ? (['outdated'] as const) : []), ...(indicator.region !== LANDELIJK ? (['regional'] as const) : [])];
}

/** Prospect values with where they came from; the value verbatim, the score as a plain number. */
@Component({
  selector: 'app-indicator-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatChip, MatChipSet, MatTableModule, TranslatePipe],
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'prospects.table.label' | t">
      <table mat-table [dataSource]="indicators()">
        <ng-container matColumnDef="target">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.table.target' | t }}</th>
          <td mat-cell *matCellDef="let row">
            <span class="target">
              @if (row.opleiding; as opleiding) {
                {{ opleiding.name }} <span class="muted">({{ opleiding.type }}{{ opleiding.code ? ', ' + opleiding.code : '' }})</span>
              } @else {
                {{ 'prospects.table.sectorTarget' | t: { sector: (sectorKey(row) | t) } }}
                <span class="muted">({{ levelKey(row) | t }})</span>
              }
            </span>
            <mat-chip-set class="labels" [attr.aria-label]="'prospects.table.labels' | t">
              <mat-chip [class]="'status-' + row.status" disableRipple>{{ statusKey(row.status) | t }}</mat-chip>
              @for (label of labels(row); track label) {
                <mat-chip [class]="'label-' + label" disableRipple>{{ labelKey(label) | t }}</mat-chip>
              }
            </mat-chip-set>
          </td>
        </ng-container>
        <ng-container matColumnDef="value">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.table.value' | t }}</th>
          <td mat-cell *matCellDef="let row"><span class="value">{{ row.value }}</span></td>
        </ng-container>
        <ng-container matColumnDef="score">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.table.score' | t }}</th>
          <td mat-cell *matCellDef="let row" class="nowrap">{{ 'prospects.table.scoreOf' | t: { score: row.score } }}</td>
        </ng-container>
        <ng-container matColumnDef="source">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'prospects.table.source' | t }}</th>
          <td mat-cell *matCellDef="let row" class="source">
            @if (row.sourceUrl) {
              <a [href]="row.sourceUrl" target="_blank" rel="noopener noreferrer"
                >{{ row.source }} <span class="visually-hidden">{{ 'prospects.table.newTab' | t }}</span></a
              >
            } @else {
              {{ row.source }}
            }
            <dl class="muted when">
              <dt>{{ 'prospects.table.year' | t }}</dt>
              <dd>{{ row.year }}</dd>
              <dt>{{ 'prospects.table.period' | t }}</dt>
              <dd>{{ row.period ?? ('prospects.table.none' | t) }}</dd>
              <dt>{{ 'prospects.table.region' | t }}</dt>
              <dd>{{ row.region }}</dd>
            </dl>
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef scope="col"><span class="visually-hidden">{{ 'prospects.table.actions' | t }}</span></th>
          <td mat-cell *matCellDef="let row">
            <button mat-button type="button" (click)="withdraw.emit(row)" [attr.aria-label]="'prospects.table.withdrawLabel' | t: { target: targetText(row) }">
              {{ 'prospects.table.withdraw' | t }}
            </button>
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class.outdated]="row.outdated"></tr>
      </table>
    </div>
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .nowrap { white-space: nowrap; }
    .value { font-style: italic; }
    .labels { display: block; padding: 0.25rem 0; }
    td.mat-mdc-cell { vertical-align: top; padding-top: 0.5rem; padding-bottom: 0.5rem; }
    .source { min-width: 14rem; max-width: 28rem; }
    .when { display: flex; flex-wrap: wrap; gap: 0 0.75rem; margin: 0.25rem 0 0; font: var(--mat-sys-body-small); }
    .when dt { font-weight: 500; }
    .when dt::after { content: ':'; }
    .when dd { margin: 0 0 0 -0.5rem; }
    tr.outdated td { color: var(--mat-sys-on-surface-variant); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class IndicatorTable {
  private readonly i18n = inject(I18n);
  readonly indicators = input.required<readonly ProspectIndicator[]>();
  readonly withdraw = output<ProspectIndicator>();
  protected readonly columns = ['target', 'value', 'score', 'source', 'actions'];
  protected readonly labels = indicatorLabels;

  protected sectorKey(indicator: ProspectIndicator): TranslationKey {
    return `modules.sectors.${indicator.sector}`;
  }

  protected levelKey(indicator: ProspectIndicator): TranslationKey {
    return `prospects.levels.${indicator.level}`;
  }

  protected statusKey(status: ProspectStatus): TranslationKey {
    return `prospects.status.${status}`;
  }

  protected labelKey(label: 'outdated' | 'regional'): TranslationKey {
    return `prospects.labels.${label}`;
  }

  /** For the withdraw button's accessible name. */
  protected targetText(indicator: ProspectIndicator): string {
    return indicator.opleiding?.name ?? this.i18n.translate('prospects.table.sectorTarget', { sector: this.i18n.translate(this.sectorKey(indicator)) });
  }
}
