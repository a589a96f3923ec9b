import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { MatCard } from '@angular/material/card';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { ClassOverviewPageActions } from '../state/classes.actions';
import { classesFeature } from '../state/classes.feature';
import { ClassTable } from '../ui/class-table';
import type { ClassesScope } from './classes-scope';

@Component({
  selector: 'app-class-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ClassTable, EmptyState, LoadingIndicator, MatCard, RequestError, TranslatePipe],
  templateUrl: './class-overview-page.html',
})
export class ClassOverviewPage implements OnInit {
  private readonly store = inject(Store);
  /** From route data: a mentor sees "own" classes, decaan and beheerder the whole "school". */
  readonly scope = input<ClassesScope>('school');

  protected readonly classes = this.store.selectSignal(classesFeature.selectClasses);
  protected readonly status = this.store.selectSignal(classesFeature.selectListStatus);
  protected readonly error = this.store.selectSignal(classesFeature.selectListError);
  protected readonly own = computed(() => this.scope() === 'own');

  ngOnInit(): void {
    this.store.dispatch(ClassOverviewPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(ClassOverviewPageActions.retryClicked());
  }
}
