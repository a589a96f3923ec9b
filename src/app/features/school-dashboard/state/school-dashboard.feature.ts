import type { ScheduleSummary, SchoolDashboard } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import type { SchoolDashboardFilters } from '../data/school-dashboard-filters';
import { SchoolDashboardApiActions, SchoolDashboardPageActions } from './school-dashboard.actions';
import { type GroupBars, type Grouping, type SchoolDashboardView, type TrendView, groupBars, rowsOf, schoolDashboardView } from './school-dashboard-view';

/** The school's plannings, to name the plannings behind a figure. */
export const schedulesAdapter = createEntityAdapter<ScheduleSummary>();

export interface SchoolDashboardState {
  /** The filters of the last request (the URL's). */
  readonly filters: SchoolDashboardFilters;
  readonly status: LoadStatus;
  /** The last dashboard that arrived; stays on screen while new filters load. */
  readonly dashboard: SchoolDashboard | null;
  /** The filters `dashboard` was made with. */
  readonly dashboardFilters: SchoolDashboardFilters | null;
  readonly error: AppError | null;
  readonly schedules: EntityState<ScheduleSummary>;
  readonly schedulesStatus: LoadStatus;
  readonly schedulesError: AppError | null;
}

export const initialSchoolDashboardState: SchoolDashboardState = {
  filters: {},
  status: 'idle',
  dashboard: null,
  dashboardFilters: null,
  error: null,
  schedules: schedulesAdapter.getInitialState(),
  schedulesStatus: 'idle',
  schedulesError: null,
};

export const schoolDashboardFeature = createFeature({
  name: 'schoolDashboard',
  reducer: createReducer(
    initialSchoolDashboardState,
    on(SchoolDashboardPageActions.opened, SchoolDashboardPageActions.retryClicked, (state, { filters }): SchoolDashboardState => ({
      ...state,
      filters,
      status: 'loading',
      error: null,
      schedulesStatus: state.schedulesStatus === 'loaded' ? 'loaded' : 'loading',
      schedulesError: null,
    })),
    on(SchoolDashboardPageActions.filtersChanged, (state, { filters }): SchoolDashboardState => ({
      ...state,
      filters,
      status: 'loading',
      error: null,
    })),
    on(SchoolDashboardApiActions.dashboardLoaded, (state, { filters, dashboard }): SchoolDashboardState => ({
      ...state,
      status: 'loaded',
      dashboard,
      dashboardFilters: filters,
      error: null,
    })),
    on(SchoolDashboardApiActions.dashboardLoadFailed, (state, { error }): SchoolDashboardState => ({ ...state, status: 'failed', error })),
    on(SchoolDashboardApiActions.planningsLoaded, (state, { schedules }): SchoolDashboardState => ({
      ...state,
      schedules: schedulesAdapter.setAll(schedules, state.schedules),
      schedulesStatus: 'loaded',
      schedulesError: null,
    })),
    on(SchoolDashboardApiActions.planningsLoadFailed, (state, { error }): SchoolDashboardState => ({ ...state, schedulesStatus: 'failed', schedulesError: error })),
  ),
  extraSelectors: ({ selectSchedules, selectDashboard, selectError }) => {
    const { selectEntities } = schedulesAdapter.getSelectors();
    const selectScheduleLookup = createSelector(selectSchedules, selectEntities);
    const selectView = createSelector(selectDashboard, selectScheduleLookup, (dashboard, schedules): SchoolDashboardView | null =>
      dashboard ? schoolDashboardView(dashboard, schedules) : null,
    );
    return {
      selectScheduleLookup,
      selectView,
      selectTrend: createSelector(selectView, (view): TrendView | null => view?.trend ?? null),
      /** The server's message for a date field (JSON pointer `/from` or `/to`) of a refused request. */
      selectDateErrors: createSelector(selectError, (error) => ({
        from: error?.fieldErrors.find((field) => field.field === '/from')?.message ?? null,
        to: error?.fieldErrors.find((field) => field.field === '/to')?.message ?? null,
      })),
    };
  },
});

/** Shares reached and completed per leerjaar, niveau or class, for the bar chart. */
export const selectGroupBars = (grouping: Grouping) =>
  createSelector(schoolDashboardFeature.selectView, (view): GroupBars | null => (view ? groupBars(rowsOf(view, grouping)) : null));
