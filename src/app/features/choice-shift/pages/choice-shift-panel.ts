import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import type { ChoiceShiftReport, ChoiceShiftScope } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { scopeKey } from '../data/choice-shift-scope';
import { ChoiceShiftPanelActions } from '../state/choice-shift.actions';
import { IDLE_REPORT, choiceShiftFeature } from '../state/choice-shift.feature';
import { ChoiceShiftCard } from '../ui/choice-shift-card';

/** No keuzemeting at all in scope: nothing to pair, so nothing to say yet. */
export function isEmptyReport(report: ChoiceShiftReport): boolean {
  return report.nPre === 0 && report.nPost === 0;
}

/**
 * The choice shift of one group, loaded through the choiceShift feature state: a skeleton while it
 * loads, the error with a retry, an empty state, or the card. Used by the choice-shift page and
 * embedded in the class detail page (the route that shows it provides the feature state).
 */
@Component({
  selector: 'app-choice-shift-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceShiftCard, EmptyState, RequestError, TranslatePipe],
  template: `
    @let current = entry();
    @if (current.report; as report) {
      @if (isEmpty(report)) {
        <app-empty-state icon="compare_arrows" [title]="'choiceShift.emptyTitle' | t" [text]="'choiceShift.empty' | t" />
      } @else {
        <app-choice-shift-card [report]="report" [attr.aria-busy]="current.status === 'loading'" />
      }
      @if (current.status === 'failed' && current.error) {
        <app-request-error [error]="current.error" (retry)="retry()" />
      }
    } @else if (current.status === 'failed' && current.error) {
      <app-request-error [error]="current.error" [retryable]="current.error.code !== 'forbidden'" (retry)="retry()" />
    } @else {
      <div class="skeleton" role="status" aria-live="polite">
        <span class="visually-hidden">{{ 'choiceShift.loading' | t }}</span>
        <div class="bar wide" aria-hidden="true"></div>
        <div class="bar" aria-hidden="true"></div>
        <div class="bar block" aria-hidden="true"></div>
        <div class="bar" aria-hidden="true"></div>
      </div>
    }
  `,
  styles: `
    :host { display: block; }
    .skeleton { display: grid; gap: 0.75rem; padding-block: 0.5rem; }
    .bar {
      height: 1rem;
      width: 40%;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      animation: pulse 1.6s ease-in-out infinite;
    }
    .bar.wide { height: 1.75rem; width: 80%; }
    .bar.block { height: 6rem; width: 100%; }
    @keyframes pulse { 50% { opacity: 0.5; } }
    @media (prefers-reduced-motion: reduce) { .bar { animation: none; } }
  `,
})
export class ChoiceShiftPanel {
  private readonly store = inject(Store);
  readonly scope = input.required<ChoiceShiftScope>();

  /** Equal scopes give equal keys, so a new but equal scope object does not reload. */
  private readonly key = computed(() => scopeKey(this.scope()));
  private readonly reports = this.store.selectSignal(choiceShiftFeature.selectReports);
  protected readonly entry = computed(() => this.reports()[this.key()] ?? IDLE_REPORT);
  protected readonly isEmpty = isEmptyReport;

  constructor() {
    effect(() => {
      this.key();
      const scope = untracked(this.scope);
      untracked(() => this.store.dispatch(ChoiceShiftPanelActions.opened({ scope })));
    });
  }

  protected retry(): void {
    this.store.dispatch(ChoiceShiftPanelActions.retryClicked({ scope: this.scope() }));
  }
}
