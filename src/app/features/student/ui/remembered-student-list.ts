import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { RememberedStudent } from '../data/remembered-students';

/** Students who signed in on this device before: pick yourself, or forget an entry. */
@Component({
  selector: 'app-remembered-student-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, MatIconButton, TranslatePipe],
  template: `
    <ul class="list">
      @for (student of students(); track student.classCode + student.personalCode) {
        <li class="item">
          <button
            mat-stroked-button
            type="button"
            class="pick"
            [disabled]="disabled()"
            (click)="picked.emit(student)"
          >
            <mat-icon aria-hidden="true">account_circle</mat-icon>
            <span class="name">{{ student.displayName }}</span>
            <span class="class">{{ student.className }}</span>
          </button>
          <button
            mat-icon-button
            type="button"
            [attr.aria-label]="'student.forget' | t: { name: student.displayName }"
            (click)="forgotten.emit(student)"
          >
            <mat-icon aria-hidden="true">close</mat-icon>
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .list {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      align-items: center;
      gap: 0.25rem;
    }
    .pick {
      flex: 1 1 auto;
      justify-content: flex-start;
      height: 3.5rem;
    }
    .name {
      font: var(--mat-sys-title-medium);
    }
    .class {
      margin-inline-start: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RememberedStudentList {
  readonly students = input.required<readonly RememberedStudent[]>();
  readonly disabled = input(false);
  readonly picked = output<RememberedStudent>();
  readonly forgotten = output<RememberedStudent>();
}
