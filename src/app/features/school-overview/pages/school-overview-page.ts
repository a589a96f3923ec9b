import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { SchoolOverviewPageActions } from '../state/school-overview.actions';
import { schoolOverviewFeature } from '../state/school-overview.feature';
import { OverviewTable } from '../ui/overview-table';

@Component({
  selector: 'app-school-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatCard, MatCardContent, OverviewTable, RequestError, TranslatePipe],
  templateUrl: './school-overview-page.html',
  styleUrl: './school-overview-page.scss',
})
export class SchoolOverviewPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly overview = this.store.selectSignal(schoolOverviewFeature.selectOverview);
  protected readonly matrix = this.store.selectSignal(schoolOverviewFeature.selectMatrix);
  protected readonly status = this.store.selectSignal(schoolOverviewFeature.selectStatus);
  protected readonly error = this.store.selectSignal(schoolOverviewFeature.selectError);

  ngOnInit(): void {
    this.store.dispatch(SchoolOverviewPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(SchoolOverviewPageActions.retryClicked());
  }
}
