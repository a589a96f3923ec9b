import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatTableModule } from '@angular/material/table';
import type { StaffRole, StaffUserSummary } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Staff members with their roles, whether their account is active, and the classes they mentor. */
@Component({
  selector: 'app-staff-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChip, MatChipSet, MatTableModule, TranslatePipe],
  templateUrl: './staff-table.html',
  styleUrl: './staff-table.scss',
})
export class StaffTable {
  readonly staff = input.required<readonly StaffUserSummary[]>();
  protected readonly columns = ['displayName', 'email', 'roles', 'active', 'mentorOf'] as const;

  protected roleKey(role: StaffRole): TranslationKey {
    return `roles.${role}`;
  }
}
