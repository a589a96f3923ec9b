import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { ClassDetailPageActions } from '../state/classes.actions';
import { classesFeature } from '../state/classes.feature';
import { StudentCodeTable } from '../ui/student-code-table';

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
