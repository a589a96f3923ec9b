import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardActions, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { StudentLessonSummary } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { longSchoolDate } from '../../../shared/format/dates';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { StudentLessonsPageActions } from '../state/player.actions';
import { playerFeature } from '../state/player.feature';

/** The student's start page: the lessons planned for their class, open ones first. */
@Component({
  selector: 'app-student-lessons-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatButton, MatCard, MatCardActions, MatCardContent, MatIcon, MatProgressBar, RequestError, RouterLink, TranslatePipe],
  template: `
    @if (student(); as student) {
      <h1>{{ 'student.greeting' | t: { name: student.displayName } }}</h1>
      <p class="class-line">{{ 'student.classLine' | t: { className: student.className, schoolName: student.school.name } }}</p>
    }
    @switch (status()) {
      @case ('loading') {
        <app-loading-indicator />
      }
      @case ('failed') {
        @if (error(); as error) {
          <app-request-error [error]="error" (retry)="retry()" />
        }
      }
      @case ('loaded') {
        @if (sections().length === 0) {
          <mat-card appearance="outlined">
            <app-empty-state icon="event_available" [title]="'student.noLessons' | t" [text]="'student.noLessonsHint' | t" />
          </mat-card>
        }
        @for (group of sections(); track group.key) {
          @if (group.lessons.length > 0) {
            <section [attr.aria-labelledby]="'group-' + group.key">
              <h2 [id]="'group-' + group.key">{{ group.label | t }}</h2>
              <ul class="lessons">
                @for (lesson of group.lessons; track lesson.scheduleId) {
                  <li>
                    <mat-card appearance="outlined" class="lesson" [class.open]="lesson.status === 'open'">
                      <mat-card-content>
                        <h3>{{ lesson.title }}</h3>
                        <p class="meta">
                          @if (lesson.status === 'upcoming') {
                            {{ 'player.opensOn' | t: { date: longDate(lesson.startsOn) } }}
                          } @else {
                            {{ 'player.until' | t: { date: longDate(lesson.endsOn) } }}
                          }
                          · {{ 'player.minutes' | t: { count: lesson.totalMinutes } }}
                        </p>
                        @if (lesson.status !== 'upcoming') {
                          <mat-progress-bar mode="determinate" [value]="(lesson.completedSteps / lesson.stepCount) * 100" [attr.aria-label]="'player.progressLabel' | t" />
                          <p class="meta">{{ 'player.stepsDone' | t: { done: lesson.completedSteps, total: lesson.stepCount } }}</p>
                        }
                      </mat-card-content>
                      @if (lesson.status !== 'upcoming') {
                        <mat-card-actions>
                          <a mat-flat-button [routerLink]="['/leerling/les', lesson.code]" [attr.aria-label]="actionLabel(lesson) + ': ' + lesson.title">
                            <mat-icon aria-hidden="true">{{ lesson.completedSteps === 0 ? 'play_arrow' : 'replay' }}</mat-icon>{{ actionLabel(lesson) }}
                          </a>
                        </mat-card-actions>
                      }
                    </mat-card>
                  </li>
                }
              </ul>
            </section>
          }
        }
      }
    }
  `,
  styles: `
    :host { display: grid; gap: 1rem; max-width: 960px; margin: 0 auto; }
    h1 { font: var(--mat-sys-display-small); margin: 0; }
    h2 { font: var(--mat-sys-title-large); margin: 0.5rem 0; }
    h3 { font: var(--mat-sys-title-large); margin: 0 0 0.25rem; }
    .class-line { margin: 0; font: var(--mat-sys-title-medium); color: var(--mat-sys-on-surface-variant); }
    .lessons { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); }
    .lesson.open { border-color: var(--mat-sys-primary); border-width: 2px; }
    .meta { margin: 0.25rem 0; color: var(--mat-sys-on-surface-variant); }
    mat-progress-bar { margin-top: 0.5rem; }
  `,
})
export class StudentLessonsPage implements OnInit {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  protected readonly student = this.store.selectSignal(authFeature.selectStudentUser);
  protected readonly status = this.store.selectSignal(playerFeature.selectLessonsStatus);
  protected readonly error = this.store.selectSignal(playerFeature.selectLessonsError);
  private readonly lessonGroups = this.store.selectSignal(playerFeature.selectLessonGroups);
  /** Non-empty groups in the order a student needs them: to do now, coming up, earlier. */
  protected readonly sections = computed(() => {
    const groups = this.lessonGroups();
    const all: { key: 'open' | 'upcoming' | 'past'; label: TranslationKey; lessons: readonly StudentLessonSummary[] }[] = [
      { key: 'open', label: 'player.open', lessons: groups.open },
      { key: 'upcoming', label: 'player.upcoming', lessons: groups.upcoming },
      { key: 'past', label: 'player.past', lessons: groups.past },
    ];
    return all.filter((group) => group.lessons.length > 0);
  });
  protected longDate(iso: string): string {
    return longSchoolDate(iso, this.i18n.language());
  }

  ngOnInit(): void {
    this.store.dispatch(StudentLessonsPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(StudentLessonsPageActions.retryClicked());
  }

  protected actionLabel(lesson: StudentLessonSummary): string {
    if (lesson.completedSteps === 0) return this.i18n.translate('player.startLesson');
    return this.i18n.translate(lesson.completedSteps >= lesson.stepCount ? 'player.replayLesson' : 'player.continueLesson');
  }
}
