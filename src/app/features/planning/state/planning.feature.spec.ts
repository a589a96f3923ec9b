import { scheduleSummary } from '../../../testing/fixtures';
import { PlanningApiActions, PlanningPageActions } from './planning.actions';
import { initialPlanningState, planningFeature } from './planning.feature';

const { reducer, selectGroups, selectSchedules } = planningFeature;

describe('planning state', () => {
  it('groups plannings into open, upcoming and past, the most recent past first', () => {
    const schedules = [
      scheduleSummary({ id: 'p1', status: 'past', startsOn: '2026-09-01', endsOn: '2026-09-05' }),
      scheduleSummary({ id: 'u1', status: 'upcoming', startsOn: '2026-12-01', endsOn: '2026-12-05' }),
      scheduleSummary({ id: 'p2', status: 'past', startsOn: '2026-10-01', endsOn: '2026-10-05' }),
      scheduleSummary({ id: 'o1', status: 'open' }),
    ];
    const state = reducer(initialPlanningState, PlanningApiActions.schedulesLoaded({ schedules }));
    const groups = selectGroups.projector(selectSchedules.projector(state));
    expect(groups.open.map((s) => s.id)).toEqual(['o1']);
    expect(groups.upcoming.map((s) => s.id)).toEqual(['u1']);
    expect(groups.past.map((s) => s.id)).toEqual(['p2', 'p1']);
  });

  it('orders plannings that start on the same day by class name', () => {
    const schedules = [scheduleSummary({ id: 'b', className: 'V3B' }), scheduleSummary({ id: 'a', className: 'G3A' })];
    const state = reducer(initialPlanningState, PlanningApiActions.schedulesLoaded({ schedules }));
    expect(selectSchedules.projector(state).map((s) => s.className)).toEqual(['G3A', 'V3B']);
  });

  it('clears an earlier error when the page retries', () => {
    const failed = reducer(initialPlanningState, PlanningApiActions.schedulesLoadFailed({ error: { code: 'unavailable', status: 0, retryAfterSeconds: null, fieldErrors: [] } }));
    const retried = reducer(failed, PlanningPageActions.retryClicked({ canPlan: false }));
    expect(retried.error).toBeNull();
    expect(retried.status).toBe('loading');
  });
});
