import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, InjectionToken, type Type, computed, effect, inject, input, untracked } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import type { AttentionReason, ScheduleSummary } from '@koers/contracts';
import { Store } from '@ngrx/store';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatShare } from '../../../shared/charts/chart-format';
import { DistributionChart } from '../../../shared/charts/distribution-chart';
import { type ProgressItem, ProgressBars } from '../../../shared/charts/progress-bars';
import { RetentionChart } from '../../../shared/charts/retention-chart';
import { shortSchoolDate } from '../../../shared/format/dates';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { type AttentionEntry, LEARNED_CATEGORIES } from '../state/dashboard-view';
import { PlanningDashboardPageActions } from '../state/dashboards.actions';
import { dashboardsFeature, selectPlanningEntry, selectPlanningView } from '../state/dashboards.feature';

const STATUS: Readonly<Record<ScheduleSummary['status'], TranslationKey>> = {
  upcoming: 'dashboards.planning.status.upcoming',
  open: 'dashboards.planning.status.open',
  past: 'dashboards.planning.status.past',
};

const REASON: Readonly<Record<AttentionReason, TranslationKey>> = {
  'niet-gestart': 'dashboards.planning.attention.reasons.nietGestart',
  'niet-afgerond': 'dashboards.planning.attention.reasons.nietAfgerond',
  'weet-het-nog-niet': 'dashboards.planning.attention.reasons.weetHetNogNiet',
  onzeker: 'dashboards.planning.attention.reasons.onzeker',
};

/** The choice-shift panel (choice-shift feature), provided by the route so this feature does not import it. */
export const PLANNING_CHOICE_SHIFT_PANEL = new InjectionToken<Type<unknown> | null>('PLANNING_CHOICE_SHIFT_PANEL', {
  providedIn: 'root',
  factory: () => null,
});

/**
 * Results of one planning (mentor, decaan, beheerder): how far the class got, per video how long
 * they watched and what they thought of it, per game how it went, and — for the mentor of the
 * class only — who may need a conversation. Mounted at `planning/:scheduleId/resultaten`.
 */
@Component({
  selector: 'app-planning-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DistributionChart, EmptyState, MatCard, MatCardContent, NgComponentOutlet, ProgressBars, RequestError, RetentionChart, TranslatePipe],
  templateUrl: './planning-dashboard-page.html',
  styleUrl: './planning-dashboard-page.scss',
})
export class PlanningDashboardPage {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  /** From the route (`:scheduleId`). */
  readonly scheduleId = input.required<string>();

  private readonly featureState = this.store.selectSignal(dashboardsFeature.selectDashboardsState);
  /** One memoised selector per planning: a new selector only when the id changes. */
  private readonly selectors = computed(() => {
    const id = this.scheduleId();
    return { entry: selectPlanningEntry(id), view: selectPlanningView(id) };
  });
  private readonly root = computed(() => ({ [dashboardsFeature.name]: this.featureState() }));
  protected readonly entry = computed(() => this.selectors().entry(this.root()));
  protected readonly view = computed(() => this.selectors().view(this.root()));

  /** Keuzeverschuiving of the class in this planning (the server applies suppression: < 10 pairs, no statistics). */
  protected readonly choiceShiftPanel = inject(PLANNING_CHOICE_SHIFT_PANEL);
  protected readonly choiceShiftInputs = computed(() => ({ scope: { scheduleId: this.scheduleId() } }));

  protected readonly statusKey = STATUS;
  protected readonly reasonKey = REASON;

  protected readonly header = computed(() => {
    const view = this.view();
    if (!view) return null;
    const { planning } = view;
    return {
      heading: this.i18n.translate('dashboards.planning.heading', { lesson: planning.lessonTitle, className: planning.className }),
      window: this.i18n.translate('dashboards.planning.window', { from: shortSchoolDate(planning.startsOn), to: shortSchoolDate(planning.endsOn) }),
      version: this.i18n.translate('dashboards.planning.version', { version: planning.lessonVersion }),
    };
  });

  protected readonly progressItems = computed<ProgressItem[]>(() => {
    const view = this.view();
    if (!view) return [];
    return [
      { label: this.i18n.translate('dashboards.planning.started'), value: view.started.value, total: view.classSize },
      { label: this.i18n.translate('dashboards.planning.finished'), value: view.finished.value, total: view.classSize },
    ];
  });

  protected readonly progressSummary = computed(() => {
    const view = this.view();
    if (!view) return null;
    return this.i18n.translate('dashboards.planning.progressSummary', { started: view.started.value, finished: view.finished.value, total: view.classSize });
  });

  /** Translated category labels of the "learned" question (ja / een beetje / nee). */
  protected readonly learnedLabels = computed(() => {
    this.i18n.language();
    return LEARNED_CATEGORIES.map((key) => this.i18n.translate(key));
  });

  constructor() {
    effect(() => {
      const scheduleId = this.scheduleId();
      untracked(() => this.store.dispatch(PlanningDashboardPageActions.opened({ scheduleId })));
    });
  }

  protected retry(): void {
    this.store.dispatch(PlanningDashboardPageActions.retryClicked({ scheduleId: this.scheduleId() }));
  }

  protected share(value: number | null): string | null {
    return value === null ? null : formatShare(value, this.i18n.language());
  }

  protected countText(count: number): string {
    return count === 1 ? this.i18n.translate('dashboards.planning.attention.countOne') : this.i18n.translate('dashboards.planning.attention.count', { count });
  }

  protected details(student: AttentionEntry): string {
    const parts: string[] = [];
    if (student.certaintyAfter !== null) parts.push(this.i18n.translate('dashboards.planning.attention.certainty', { value: student.certaintyAfter }));
    if (student.otherReasons.length) {
      const reasons = student.otherReasons.map((reason) => this.i18n.translate(REASON[reason]).toLocaleLowerCase(this.i18n.language())).join(', ');
      parts.push(this.i18n.translate('dashboards.planning.attention.also', { reasons }));
    }
    return parts.join(' · ');
  }
}
