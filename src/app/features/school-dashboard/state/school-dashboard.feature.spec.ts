import { appError } from '../../../testing/fixtures';
import { schedule, schoolDashboard } from '../testing/school-dashboard-fixtures';
import { SchoolDashboardApiActions, SchoolDashboardPageActions } from './school-dashboard.actions';
import { type SchoolDashboardState, initialSchoolDashboardState, schoolDashboardFeature, selectGroupBars } from './school-dashboard.feature';

describe('school dashboard feature', () => {
  const { reducer } = schoolDashboardFeature;
  const reduce = (...actions: Parameters<typeof reducer>[1][]) => actions.reduce((state, action) => reducer(state, action), initialSchoolDashboardState);
  const root = (state: SchoolDashboardState) => ({ schoolDashboard: state });

  it('loads for the filters of the URL and keeps the last dashboard on screen while new filters load', () => {
    const dashboard = schoolDashboard();
    const state = reduce(
      SchoolDashboardPageActions.opened({ filters: {} }),
      SchoolDashboardApiActions.dashboardLoaded({ filters: {}, dashboard }),
      SchoolDashboardPageActions.filtersChanged({ filters: { leerjaar: 3 } }),
    );
    expect(state.filters).toEqual({ leerjaar: 3 });
    expect(state.status).toBe('loading');
    expect(state.dashboard).toBe(dashboard);
    expect(state.dashboardFilters).toEqual({});
    expect(state.schedulesStatus).toBe('loading');
  });

  it('records a failure, and clears it when asked again', () => {
    const error = appError('validation', { fieldErrors: [{ field: '/to', message: 'De einddatum ligt vóór de begindatum.' }] });
    const failed = reduce(
      SchoolDashboardPageActions.opened({ filters: { from: '2026-12-01', to: '2026-11-01' } }),
      SchoolDashboardApiActions.dashboardLoadFailed({ filters: { from: '2026-12-01', to: '2026-11-01' }, error }),
    );
    expect(failed.status).toBe('failed');
    expect(schoolDashboardFeature.selectDateErrors(root(failed))).toEqual({ from: null, to: 'De einddatum ligt vóór de begindatum.' });
    const retried = reducer(failed, SchoolDashboardPageActions.retryClicked({ filters: {} }));
    expect(retried.error).toBeNull();
    expect(schoolDashboardFeature.selectDateErrors(root(retried))).toEqual({ from: null, to: null });
  });

  it('keeps the school’s plannings named while they are fetched again, and asks again after a failure on retry', () => {
    const loaded = reduce(SchoolDashboardPageActions.opened({ filters: {} }), SchoolDashboardApiActions.planningsLoaded({ schedules: [schedule()] }));
    expect(loaded.schedules.ids).toEqual(['schedule-1']);
    expect(reducer(loaded, SchoolDashboardPageActions.opened({ filters: {} })).schedulesStatus).toBe('loaded');
    const failed = reducer(initialSchoolDashboardState, SchoolDashboardApiActions.planningsLoadFailed({ error: appError('unavailable') }));
    expect(failed.schedulesStatus).toBe('failed');
    expect(reducer(failed, SchoolDashboardPageActions.retryClicked({ filters: {} })).schedulesStatus).toBe('loading');
  });

  it('shapes the view with plannings named from the school’s planning list', () => {
    const state = reduce(
      SchoolDashboardApiActions.dashboardLoaded({ filters: {}, dashboard: schoolDashboard() }),
      SchoolDashboardApiActions.planningsLoaded({ schedules: [schedule(), schedule({ id: 'schedule-2', className: 'G4B', startsOn: '2026-11-04' })] }),
    );
    const view = schoolDashboardFeature.selectView(root(state));
    expect(view?.school.plannings.map((ref) => ref.className)).toEqual(['G4B', 'G3A']);
    expect(view?.byClass[1].reached).toEqual({ kind: 'small' });
    expect(view?.byClass[1].shift).toEqual({ kind: 'suppressed', nPaired: 6, needed: 4 });
    expect(view?.modules[1].shift.kind).toBe('suppressed');
    expect(schoolDashboardFeature.selectTrend(root(state))?.months).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(selectGroupBars('klas')(root(state))?.reached).toEqual([0.7, null]);
  });

  it('has no view, trend or bars before a dashboard arrived', () => {
    expect(schoolDashboardFeature.selectView(root(initialSchoolDashboardState))).toBeNull();
    expect(schoolDashboardFeature.selectTrend(root(initialSchoolDashboardState))).toBeNull();
    expect(selectGroupBars('leerjaar')(root(initialSchoolDashboardState))).toBeNull();
  });

  it('does not reshape the view while only the status changes', () => {
    const loaded = reduce(SchoolDashboardApiActions.dashboardLoaded({ filters: {}, dashboard: schoolDashboard() }));
    const first = schoolDashboardFeature.selectView(root(loaded));
    const loading = reducer(loaded, SchoolDashboardPageActions.filtersChanged({ filters: { niveau: 'havo' } }));
    expect(schoolDashboardFeature.selectView(root(loading))).toBe(first);
  });
});
