import type { ScheduleSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { PlanningApiActions, PlanningPageActions } from './planning.actions';

/** Earliest start first; within a day by class name. */
export function compareSchedules(a: ScheduleSummary, b: ScheduleSummary): number {
  return a.startsOn.localeCompare(b.startsOn) || a.className.localeCompare(b.className, 'nl', { numeric: true });
}

const adapter = createEntityAdapter<ScheduleSummary>({ sortComparer: compareSchedules });

export interface PlanningState extends EntityState<ScheduleSummary> {
  readonly status: LoadStatus;
  readonly error: AppError | null;
}

export const initialPlanningState: PlanningState = adapter.getInitialState({ status: 'idle', error: null });

export interface PlanningGroups {
  readonly open: readonly ScheduleSummary[];
  readonly upcoming: readonly ScheduleSummary[];
  /** Most recent first: last week's lesson matters more than last year's. */
  readonly past: readonly ScheduleSummary[];
}

export const planningFeature = createFeature({
  name: 'planning',
  reducer: createReducer(
    initialPlanningState,
    on(PlanningPageActions.opened, PlanningPageActions.retryClicked, (state): PlanningState => ({ ...state, status: 'loading', error: null })),
    on(PlanningApiActions.schedulesLoaded, (state, { schedules }): PlanningState => ({ ...adapter.setAll(schedules, state), status: 'loaded' })),
    on(PlanningApiActions.schedulesLoadFailed, (state, { error }): PlanningState => ({ ...state, status: 'failed', error })),
  ),
  extraSelectors: ({ selectPlanningState }) => {
    const selectSchedules = createSelector(selectPlanningState, adapter.getSelectors().selectAll);
    return {
      selectSchedules,
      selectGroups: createSelector(
        selectSchedules,
        (schedules): PlanningGroups => ({
          open: schedules.filter((s) => s.status === 'open'),
          upcoming: schedules.filter((s) => s.status === 'upcoming'),
          past: schedules.filter((s) => s.status === 'past').reverse(),
        }),
      ),
    };
  },
});
