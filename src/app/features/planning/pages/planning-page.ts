import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import type { CreateSchedulesRequest } from '@koers/contracts';
import { Store } from '@ngrx/store';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { PlanningPageActions } from '../state/planning.actions';
import { planningFeature } from '../state/planning.feature';
import { PlanForm } from '../ui/plan-form';
import { ScheduleTable } from '../ui/schedule-table';

type GroupKey = 'open' | 'upcoming' | 'past';

@Component({
  selector: 'app-planning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatCard, MatCardContent, PlanForm, RequestError, ScheduleTable, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'planning.heading' | t }}</h1>
      <p>{{ (own() ? 'planning.introOwn' : 'planning.introSchool') | t }}</p>
      @if (!own()) {
        <mat-card appearance="outlined" class="plan">
          <mat-card-content>
            <h2>{{ 'planning.planHeading' | t }}</h2>
            <app-plan-form [lessons]="lessons()" [classes]="classes()" [saving]="saving()" (submitted)="plan($event)" />
            @if (changeError(); as changeError) {
              <app-request-error [error]="changeError" [retryable]="false" />
            }
          </mat-card-content>
        </mat-card>
      }
      @if (error(); as error) {
        <app-request-error [error]="error" (retry)="retry()" />
      } @else if (status() === 'loaded' && schedules().length === 0) {
        <mat-card appearance="outlined">
          <app-empty-state icon="event" [title]="'planning.emptyTitle' | t" [text]="(own() ? 'planning.emptyOwn' : 'planning.emptySchool') | t" />
        </mat-card>
      } @else {
        @if (status() === 'loading') {
          <app-loading-indicator />
        }
        @if (schedules().length) {
          @for (group of groupKeys; track group) {
            <section class="group" [attr.aria-labelledby]="'planning-' + group">
              <h2 [id]="'planning-' + group">{{ groupTitles[group] | t }} ({{ groups()[group].length }})</h2>
              @if (groups()[group].length) {
                <mat-card appearance="outlined">
                  <app-schedule-table
                    [schedules]="groups()[group]"
                    [label]="groupTitles[group] | t"
                    [origin]="origin"
                    [canManage]="!own()"
                    [showResults]="true"
                    (deleted)="remove($event)"
                  />
                </mat-card>
              } @else {
                <p class="muted">{{ 'planning.none' | t }}</p>
              }
            </section>
          }
        }
      }
    </div>
  `,
  styles: `
    .group { margin-top: 1.5rem; }
    .plan { margin-bottom: 1rem; }
    .plan h2 { margin-top: 0; font-size: 1.1rem; }
    .muted { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class PlanningPage implements OnInit {
  private readonly store = inject(Store);
  /** From route data: a mentor sees their own classes, the decaan and beheerder the whole school. */
  readonly scope = input<'school' | 'own'>('school');

  protected readonly origin = inject(DOCUMENT).location?.origin ?? '';
  protected readonly groupKeys: readonly GroupKey[] = ['open', 'upcoming', 'past'];
  protected readonly groupTitles: Readonly<Record<GroupKey, TranslationKey>> = {
    open: 'planning.open',
    upcoming: 'planning.upcoming',
    past: 'planning.past',
  };
  protected readonly schedules = this.store.selectSignal(planningFeature.selectSchedules);
  protected readonly groups = this.store.selectSignal(planningFeature.selectGroups);
  protected readonly status = this.store.selectSignal(planningFeature.selectStatus);
  protected readonly error = this.store.selectSignal(planningFeature.selectError);
  protected readonly own = computed(() => this.scope() === 'own');
  protected readonly lessons = this.store.selectSignal(planningFeature.selectLessons);
  protected readonly classes = this.store.selectSignal(planningFeature.selectClasses);
  protected readonly saving = this.store.selectSignal(planningFeature.selectSaving);
  protected readonly changeError = this.store.selectSignal(planningFeature.selectChangeError);

  ngOnInit(): void {
    this.store.dispatch(PlanningPageActions.opened({ canPlan: !this.own() }));
  }

  protected retry(): void {
    this.store.dispatch(PlanningPageActions.retryClicked({ canPlan: !this.own() }));
  }

  protected plan(request: CreateSchedulesRequest): void {
    this.store.dispatch(PlanningPageActions.planSubmitted({ request }));
  }

  protected remove(scheduleId: string): void {
    this.store.dispatch(PlanningPageActions.deleteClicked({ scheduleId }));
  }
}
