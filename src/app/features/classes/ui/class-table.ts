import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { ClassSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Classes with niveau, leerjaar, size and mentors; the name links to the class (relative `:id`). */
@Component({
  selector: 'app-class-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon, MatTableModule, RouterLink, TranslatePipe],
  templateUrl: './class-table.html',
  styleUrl: './class-table.scss',
})
export class ClassTable {
  readonly classes = input.required<readonly ClassSummary[]>();
  protected readonly columns = ['name', 'niveau', 'leerjaar', 'studentCount', 'mentors'] as const;
}
