import { appError } from '../../../testing/fixtures';
import { planningDashboard, videoEngagement } from '../testing/dashboard-fixtures';
import { DashboardsApiActions, PlanningDashboardPageActions } from './dashboards.actions';
import {
  type DashboardsState,
  IDLE_PLANNING,
  dashboardsFeature,
  initialDashboardsState,
  selectPlanningEntry,
  selectPlanningView,
  selectProgressShares,
  selectRealismDistribution,
  selectRetentionSeries,
} from './dashboards.feature';

describe('dashboards feature', () => {
  const { reducer } = dashboardsFeature;
  const reduce = (...actions: Parameters<typeof reducer>[1][]) => actions.reduce((state, action) => reducer(state, action), initialDashboardsState);
  const root = (state: DashboardsState) => ({ dashboards: state });

  it('keeps one entry per planning, with its own loading state', () => {
    const dashboard = planningDashboard();
    const state = reduce(
      PlanningDashboardPageActions.opened({ scheduleId: 'schedule-1' }),
      DashboardsApiActions.planningDashboardLoaded({ scheduleId: 'schedule-1', dashboard }),
      PlanningDashboardPageActions.opened({ scheduleId: 'schedule-2' }),
    );
    expect(selectPlanningEntry('schedule-1')(root(state))).toEqual({ status: 'loaded', dashboard, error: null });
    expect(selectPlanningEntry('schedule-2')(root(state))).toEqual({ status: 'loading', dashboard: null, error: null });
    expect(selectPlanningEntry('other')(root(state))).toBe(IDLE_PLANNING);
  });

  it('keeps the previous dashboard on screen while reloading, and records a failure', () => {
    const dashboard = planningDashboard();
    const error = appError('unavailable', { status: 503 });
    const reloading = reduce(
      DashboardsApiActions.planningDashboardLoaded({ scheduleId: 'schedule-1', dashboard }),
      PlanningDashboardPageActions.retryClicked({ scheduleId: 'schedule-1' }),
    );
    expect(reloading.plannings['schedule-1']).toEqual({ status: 'loading', dashboard, error: null });
    const failed = reducer(reloading, DashboardsApiActions.planningDashboardLoadFailed({ scheduleId: 'schedule-1', error }));
    expect(failed.plannings['schedule-1']).toEqual({ status: 'failed', dashboard, error });
  });

  it('shapes the loaded dashboard for the charts: shares, retention series and realism distribution', () => {
    const dashboard = planningDashboard({ classSize: 25, started: 20, finished: 5, videos: [videoEngagement({ stepId: 'v1', durationSeconds: 2, retention: [1, 0.5, 0.25, 0.1] })] });
    const state = reduce(DashboardsApiActions.planningDashboardLoaded({ scheduleId: 'schedule-1', dashboard }));
    expect(selectProgressShares('schedule-1')(root(state))).toEqual({
      started: { value: 20, total: 25, share: 0.8 },
      finished: { value: 5, total: 25, share: 0.2 },
    });
    expect(selectRetentionSeries('schedule-1', 'v1')(root(state))).toEqual({ retention: [1, 0.5, 0.25], durationSeconds: 2 });
    expect(selectRetentionSeries('schedule-1', 'unknown')(root(state))).toEqual({ retention: [], durationSeconds: 0 });
    expect(selectRealismDistribution('schedule-1', 'v1')(root(state))?.counts).toEqual([1, 2, 4, 9, 4]);
    expect(selectPlanningView('schedule-2')(root(state))).toBeNull();
  });

  it('does not reshape the view when another planning changes', () => {
    const selector = selectPlanningView('schedule-1');
    const loaded = reduce(DashboardsApiActions.planningDashboardLoaded({ scheduleId: 'schedule-1', dashboard: planningDashboard() }));
    const first = selector(root(loaded));
    const other = reducer(loaded, PlanningDashboardPageActions.opened({ scheduleId: 'schedule-2' }));
    expect(selector(root(other))).toBe(first);
  });
});
