import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCard } from '@angular/material/card';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';

/** The student's start page; lessons will be listed here once they are scheduled. */
@Component({
  selector: 'app-student-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, MatCard, TranslatePipe],
  template: `
    @if (student(); as student) {
      <h1>{{ 'student.greeting' | t: { name: student.displayName } }}</h1>
      <p class="class-line">{{ 'student.classLine' | t: { className: student.className, schoolName: student.school.name } }}</p>
      <mat-card appearance="outlined">
        <app-empty-state icon="event_available" [title]="'student.noLessons' | t" [text]="'student.noLessonsHint' | t" />
      </mat-card>
    }
  `,
  styles: `
    h1 {
      font: var(--mat-sys-display-small);
      margin-bottom: 0.25rem;
    }
    .class-line {
      margin-top: 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StudentHomePage {
  protected readonly student = inject(Store).selectSignal(authFeature.selectStudentUser);
}
