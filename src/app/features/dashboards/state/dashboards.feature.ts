import type { PlanningDashboard } from '@koers/contracts';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { DashboardsApiActions, PlanningDashboardPageActions } from './dashboards.actions';
import { type PlanningDashboardView, type RetentionSeries, planningDashboardView, retentionSeries } from './dashboard-view';

/** One planning's dashboard; a reload keeps the previous one on screen until the new one arrives. */
export interface PlanningEntry {
  readonly status: LoadStatus;
  readonly dashboard: PlanningDashboard | null;
  readonly error: AppError | null;
}

export const IDLE_PLANNING: PlanningEntry = { status: 'idle', dashboard: null, error: null };

export interface DashboardsState {
  /** Keyed by schedule id. */
  readonly plannings: Readonly<Record<string, PlanningEntry>>;
}

export const initialDashboardsState: DashboardsState = { plannings: {} };

const setPlanning = (state: DashboardsState, scheduleId: string, entry: Partial<PlanningEntry>): DashboardsState => ({
  ...state,
  plannings: { ...state.plannings, [scheduleId]: { ...(state.plannings[scheduleId] ?? IDLE_PLANNING), ...entry } },
});

export const dashboardsFeature = createFeature({
  name: 'dashboards',
  reducer: createReducer(
    initialDashboardsState,
    on(PlanningDashboardPageActions.opened, PlanningDashboardPageActions.retryClicked, (state, { scheduleId }): DashboardsState =>
      setPlanning(state, scheduleId, { status: 'loading', error: null }),
    ),
    on(DashboardsApiActions.planningDashboardLoaded, (state, { scheduleId, dashboard }): DashboardsState =>
      setPlanning(state, scheduleId, { status: 'loaded', dashboard, error: null }),
    ),
    on(DashboardsApiActions.planningDashboardLoadFailed, (state, { scheduleId, error }): DashboardsState =>
      setPlanning(state, scheduleId, { status: 'failed', error }),
    ),
  ),
});

/** The entry of one planning (idle when never asked for). */
export const selectPlanningEntry = (scheduleId: string) =>
  createSelector(dashboardsFeature.selectPlannings, (plannings): PlanningEntry => plannings[scheduleId] ?? IDLE_PLANNING);

/** The planning's dashboard shaped for the page and its charts; null until it has loaded. */
export const selectPlanningView = (scheduleId: string) =>
  createSelector(selectPlanningEntry(scheduleId), (entry): PlanningDashboardView | null => (entry.dashboard ? planningDashboardView(entry.dashboard) : null));

/** Started and finished as shares of the class. */
export const selectProgressShares = (scheduleId: string) =>
  createSelector(selectPlanningView(scheduleId), (view) => (view ? { started: view.started, finished: view.finished } : null));

/** The retention curve of one video step of the planning (empty when the step is unknown). */
export const selectRetentionSeries = (scheduleId: string, stepId: string) =>
  createSelector(selectPlanningEntry(scheduleId), (entry): RetentionSeries => {
    const video = entry.dashboard?.videos.find((candidate) => candidate.stepId === stepId);
    return video ? retentionSeries(video) : { retention: [], durationSeconds: 0 };
  });

/** The realism answers (1–5) of one video step. */
export const selectRealismDistribution = (scheduleId: string, stepId: string) =>
  createSelector(selectPlanningView(scheduleId), (view) => view?.videos.find((video) => video.stepId === stepId)?.realism ?? null);
