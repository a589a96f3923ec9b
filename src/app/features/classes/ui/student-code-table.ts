import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { StudentSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Students of a class with the personal code each one types after the class code. */
@Component({
  selector: 'app-student-code-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, TranslatePipe],
  template: `
    <table mat-table [dataSource]="students()">
      <ng-container matColumnDef="displayName">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'classes.studentName' | t }}</th>
        <td mat-cell *matCellDef="let row">{{ row.displayName }}</td>
      </ng-container>
      <ng-container matColumnDef="personalCode">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'classes.personalCode' | t }}</th>
        <td mat-cell *matCellDef="let row"><code class="code">{{ row.personalCode }}</code></td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
  styles: `
    .code {
      font: var(--mat-sys-title-medium);
      font-family: 'Roboto Mono', ui-monospace, monospace;
      letter-spacing: 0.08em;
    }
    @media print {
      tr {
        break-inside: avoid;
      }
    }
  `,
})
export class StudentCodeTable {
  readonly students = input.required<readonly StudentSummary[]>();
  protected readonly columns = ['displayName', 'personalCode'] as const;
}
