import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { StaffPageActions } from '../state/staff.actions';
import { staffFeature } from '../state/staff.feature';
import { StaffTable } from '../ui/staff-table';

@Component({
  selector: 'app-staff-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatAnchor, MatCard, MatIcon, RequestError, RouterLink, StaffTable, TranslatePipe],
  templateUrl: './staff-page.html',
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
    }
  `,
})
export class StaffPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly staff = this.store.selectSignal(staffFeature.selectStaff);
  protected readonly status = this.store.selectSignal(staffFeature.selectStatus);
  protected readonly error = this.store.selectSignal(staffFeature.selectError);

  ngOnInit(): void {
    this.store.dispatch(StaffPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(StaffPageActions.retryClicked());
  }
}
