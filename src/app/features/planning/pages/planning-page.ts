import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatCard } from '@angular/material/card';
import { Store } from '@ngrx/store';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { PlanningPageActions } from '../state/planning.actions';
import { planningFeature } from '../state/planning.feature';
import { ScheduleTable } from '../ui/schedule-table';

type GroupKey = 'open' | 'upcoming' | 'past';

@Component({
  selector: 'app-planning-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatCard, RequestError, ScheduleTable, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'planning.heading' | t }}</h1>
      <p>{{ (own() ? 'planning.introOwn' : 'planning.introSchool') | t }}</p>
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
                  <app-schedule-table [schedules]="groups()[group]" [label]="groupTitles[group] | t" [origin]="origin" />
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

  ngOnInit(): void {
    this.store.dispatch(PlanningPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(PlanningPageActions.retryClicked());
  }
}
