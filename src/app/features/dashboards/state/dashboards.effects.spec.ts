import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { PlanningDashboard } from '@koers/contracts';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, Subject, firstValueFrom, of, take, throwError, toArray } from 'rxjs';
import { DashboardsApi } from '../data/dashboards.api';
import { planningDashboard } from '../testing/dashboard-fixtures';
import { DashboardsApiActions, PlanningDashboardPageActions } from './dashboards.actions';
import * as effects from './dashboards.effects';

describe('dashboards effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<DashboardsApi>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<DashboardsApi>('DashboardsApi', ['planning']);
    TestBed.configureTestingModule({ providers: [provideMockActions(() => actions$ as Observable<Action>), { provide: DashboardsApi, useValue: api }] });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('loads the dashboard of the opened planning', async () => {
    const dashboard = planningDashboard();
    api.planning.and.returnValue(of(dashboard));
    actions$.next(PlanningDashboardPageActions.opened({ scheduleId: 'schedule-1' }));
    expect(await firstValueFrom(run(effects.loadPlanningDashboard))).toEqual(DashboardsApiActions.planningDashboardLoaded({ scheduleId: 'schedule-1', dashboard }));
    expect(api.planning).toHaveBeenCalledWith('schedule-1');
  });

  it('ignores an older answer for the same planning when a newer request was made', async () => {
    const first = new Subject<PlanningDashboard>();
    const newer = planningDashboard({ started: 25 });
    api.planning.and.returnValues(first, of(newer));
    const result = firstValueFrom(run(effects.loadPlanningDashboard).pipe(take(1), toArray()));
    actions$.next(PlanningDashboardPageActions.opened({ scheduleId: 'schedule-1' }));
    actions$.next(PlanningDashboardPageActions.retryClicked({ scheduleId: 'schedule-1' }));
    first.next(planningDashboard());
    first.complete();
    expect(await result).toEqual([DashboardsApiActions.planningDashboardLoaded({ scheduleId: 'schedule-1', dashboard: newer })]);
  });

  it('reports a refused request with the planning it was for', async () => {
    api.planning.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403, error: { status: 403, code: 'forbidden' } })));
    actions$.next(PlanningDashboardPageActions.retryClicked({ scheduleId: 'other-class' }));
    const action = (await firstValueFrom(run(effects.loadPlanningDashboard))) as ReturnType<typeof DashboardsApiActions.planningDashboardLoadFailed>;
    expect(action.type).toBe(DashboardsApiActions.planningDashboardLoadFailed.type);
    expect(action.scheduleId).toBe('other-class');
    expect(action.error.code).toBe('forbidden');
  });
});
