import type { StaffUserSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { StaffApiActions, StaffPageActions } from './staff.actions';

const adapter = createEntityAdapter<StaffUserSummary>({
  sortComparer: (a, b) => a.displayName.localeCompare(b.displayName, 'nl'),
});

export interface StaffState extends EntityState<StaffUserSummary> {
  readonly status: LoadStatus;
  readonly error: AppError | null;
}

export const initialStaffState: StaffState = adapter.getInitialState({ status: 'idle', error: null });

export const staffFeature = createFeature({
  name: 'staff',
  reducer: createReducer(
    initialStaffState,
    on(StaffPageActions.opened, StaffPageActions.retryClicked, (state): StaffState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(StaffApiActions.staffLoaded, (state, { staff }): StaffState => ({ ...adapter.setAll(staff, state), status: 'loaded' })),
    on(StaffApiActions.staffLoadFailed, (state, { error }): StaffState => ({ ...state, status: 'failed', error })),
  ),
  extraSelectors: ({ selectStaffState }) => ({
    selectStaff: createSelector(selectStaffState, adapter.getSelectors().selectAll),
  }),
});
