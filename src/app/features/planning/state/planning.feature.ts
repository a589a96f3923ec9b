import type { ClassSummary, LessonSummary, ScheduleSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { HandoutPageActions, PlanningApiActions, PlanningPageActions } from './planning.actions';

/** Earliest start first; within a day by class name. */
export function compareSchedules(a: ScheduleSummary, b: ScheduleSummary): number {
  return a.startsOn.localeCompare(b.startsOn) || a.className.localeCompare(b.className, 'nl', { numeric: true });
}

const adapter = createEntityAdapter<ScheduleSummary>({ sortComparer: compareSchedules });

export interface PlanningState extends EntityState<ScheduleSummary> {
  readonly status: LoadStatus;
  readonly error: AppError | null;
  /** What can be planned: lessons (latest versions) and classes. */
  readonly lessons: readonly LessonSummary[];
  readonly classes: readonly ClassSummary[];
  readonly saving: boolean;
  readonly changeError: AppError | null;
  /** The planning shown on the handout. */
  readonly handout: ScheduleSummary | null;
  readonly handoutError: AppError | null;
}

export const initialPlanningState: PlanningState = adapter.getInitialState({
  status: 'idle',
  error: null,
  lessons: [],
  classes: [],
  saving: false,
  changeError: null,
  handout: null,
  handoutError: null,
});

export interface PlanningGroups {
  readonly open: readonly ScheduleSummary[];
  readonly upcoming: readonly ScheduleSummary[];
  /** Most recent first: last week's lesson matters more than last year's. */
  readonly past: readonly ScheduleSummary[];
}

export const planningFeature = createFeature({
  // The issue's `schedules` feature; the folder keeps the page's name (Planning).
  name: 'schedules',
  reducer: createReducer(
    initialPlanningState,
    on(PlanningPageActions.opened, PlanningPageActions.retryClicked, (state): PlanningState => ({ ...state, status: 'loading', error: null })),
    on(PlanningApiActions.schedulesLoaded, (state, { schedules }): PlanningState => ({ ...adapter.setAll(schedules, state), status: 'loaded' })),
    on(PlanningApiActions.schedulesLoadFailed, (state, { error }): PlanningState => ({ ...state, status: 'failed', error })),
    on(PlanningApiActions.optionsLoaded, (state, { lessons, classes }): PlanningState => ({ ...state, lessons, classes })),
    on(PlanningPageActions.planSubmitted, PlanningPageActions.deleteClicked, (state): PlanningState => ({ ...state, saving: true, changeError: null })),
    on(PlanningApiActions.schedulesCreated, (state, { schedules }): PlanningState => ({ ...adapter.upsertMany(schedules, state), saving: false })),
    on(PlanningApiActions.scheduleDeleted, (state, { scheduleId }): PlanningState => ({ ...adapter.removeOne(scheduleId, state), saving: false })),
    on(PlanningApiActions.changeFailed, (state, { error }): PlanningState => ({ ...state, saving: false, changeError: error })),
    on(HandoutPageActions.opened, (state): PlanningState => ({ ...state, handout: null, handoutError: null })),
    on(PlanningApiActions.scheduleLoaded, (state, { schedule }): PlanningState => ({ ...state, handout: schedule })),
    on(PlanningApiActions.scheduleLoadFailed, (state, { error }): PlanningState => ({ ...state, handoutError: error })),
  ),
  extraSelectors: ({ selectSchedulesState }) => {
    const selectSchedules = createSelector(selectSchedulesState, adapter.getSelectors().selectAll);
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
