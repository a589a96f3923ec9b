import { DOCUMENT } from '@angular/common';
import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, InjectionToken, type Type, computed, effect, inject, input, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { hasRole } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { ClassDetailPageActions } from '../state/classes.actions';
import { classesFeature } from '../state/classes.feature';
import { StudentCodeTable } from '../ui/student-code-table';

/**
 * The component that shows a class's keuzeverschuiving (input `scope: ChoiceShiftScope`). It belongs
 * to the choice-shift feature; classes.routes.ts provides it (with that feature's state), so this
 * page embeds it without importing another feature. Null: the section is left out.
 */
export const CLASS_CHOICE_SHIFT_PANEL = new InjectionToken<Type<unknown> | null>('CLASS_CHOICE_SHIFT_PANEL', {
  providedIn: 'root',
  factory: () => null,
});

@Component({
  selector: 'app-class-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyState,
    LoadingIndicator,
    MatAnchor,
    MatButton,
    MatCard,
    MatCardContent,
    MatIcon,
    NgComponentOutlet,
    RequestError,
    RouterLink,
    StudentCodeTable,
    TranslatePipe,
  ],
  templateUrl: './class-detail-page.html',
  styleUrl: './class-detail-page.scss',
})
export class ClassDetailPage {
  private readonly store = inject(Store);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly panel = inject(CLASS_CHOICE_SHIFT_PANEL);
  /** Route parameter `:classId`. */
  readonly classId = input.required<string>();

  private readonly detail = this.store.selectSignal(classesFeature.selectDetail);
  protected readonly status = this.store.selectSignal(classesFeature.selectDetailStatus);
  protected readonly error = this.store.selectSignal(classesFeature.selectDetailError);
  protected readonly classDetail = computed(() => {
    const detail = this.detail();
    return detail?.id === this.classId() ? detail : null;
  });
  protected readonly joinUrl = `${this.window?.location.origin ?? ''}/leerling`;

  private readonly user = this.store.selectSignal(authFeature.selectStaffUser);
  /** Keuzeverschuiving: for the decaan and the mentor (not for beheer), when the route provides the panel. */
  protected readonly choiceShiftPanel = computed(() => {
    const user = this.user();
    return hasRole(user, 'decaan') || hasRole(user, 'mentor') ? this.panel : null;
  });
  protected readonly choiceShiftInputs = computed(() => ({ scope: { classId: this.classId() } }));

  constructor() {
    effect(() => {
      const classId = this.classId();
      untracked(() => this.store.dispatch(ClassDetailPageActions.opened({ classId })));
    });
  }

  protected retry(): void {
    this.store.dispatch(ClassDetailPageActions.retryClicked({ classId: this.classId() }));
  }

  protected print(): void {
    this.window?.print();
  }
}
