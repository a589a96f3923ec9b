import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { ModuleSummary } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The library as a compact table: one module per row. */
@Component({
  selector: 'app-module-list-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, RouterLink, TranslatePipe],
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'modules.heading' | t">
      <table mat-table [dataSource]="modules()">
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'moduleEditor.title' | t }}</th>
          <td mat-cell *matCellDef="let row">
            <a [routerLink]="[row.id]">{{ row.title }}</a>
            @if (row.demo) {
              <span class="demo"> · {{ 'modules.demo' | t }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="type">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'modules.type' | t }}</th>
          <td mat-cell *matCellDef="let row">{{ (row.type === 'video' ? 'modules.video' : 'modules.game') | t }}</td>
        </ng-container>
        <ng-container matColumnDef="minutes">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'lessons.length' | t }}</th>
          <td mat-cell *matCellDef="let row">{{ 'modules.minutes' | t: { count: minutes(row) } }}</td>
        </ng-container>
        <ng-container matColumnDef="sectors">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'modules.sector' | t }}</th>
          <td mat-cell *matCellDef="let row">
            @for (sector of row.sectors; track sector; let last = $last) {
              {{ sectorLabel(sector) | t }}{{ last ? '' : ', ' }}
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'modules.status' | t }}</th>
          <td mat-cell *matCellDef="let row">{{ (row.status === 'draft' ? 'modules.draft' : 'modules.published') | t }}</td>
        </ng-container>
        <ng-container matColumnDef="quality">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'modules.quality' | t }}</th>
          <td mat-cell *matCellDef="let row">{{ (row.qualityComplete ? 'modules.met' : 'modules.notMet') | t }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    td a { color: var(--mat-sys-primary); }
    .demo { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ModuleListTable {
  readonly modules = input.required<readonly ModuleSummary[]>();
  protected readonly columns = ['title', 'type', 'minutes', 'sectors', 'status', 'quality'] as const;

  protected minutes(module: ModuleSummary): number {
    return Math.max(1, Math.ceil(module.durationSeconds / 60));
  }

  protected sectorLabel(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }
}
