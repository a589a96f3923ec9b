import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import type { SchoolDashboard } from '@koers/contracts';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, Subject, firstValueFrom, of, take, throwError, toArray } from 'rxjs';
import { filtersFromQuery } from '../data/school-dashboard-filters';
import { SchoolDashboardApi } from '../data/school-dashboard.api';
import { schedule, schoolDashboard } from '../testing/school-dashboard-fixtures';
import { SchoolDashboardApiActions, SchoolDashboardPageActions } from './school-dashboard.actions';
import * as effects from './school-dashboard.effects';

describe('school dashboard effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<SchoolDashboardApi>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<SchoolDashboardApi>('SchoolDashboardApi', ['school', 'schedules']);
    TestBed.configureTestingModule({ providers: [provideMockActions(() => actions$ as Observable<Action>), { provide: SchoolDashboardApi, useValue: api }] });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('asks the API for the filters in the URL', async () => {
    const dashboard = schoolDashboard();
    api.school.and.returnValue(of(dashboard));
    const filters = filtersFromQuery(convertToParamMap({ leerjaar: '3', niveau: 'vmbo-gt', van: '2026-09-01', tot: '2026-12-31' }));
    actions$.next(SchoolDashboardPageActions.opened({ filters }));
    expect(await firstValueFrom(run(effects.loadSchoolDashboard))).toEqual(SchoolDashboardApiActions.dashboardLoaded({ filters, dashboard }));
    expect(api.school).toHaveBeenCalledOnceWith({ leerjaar: 3, niveau: 'vmbo-gt', from: '2026-09-01', to: '2026-12-31' });
  });

  it('drops the answer for old filters when the URL changed meanwhile', async () => {
    const old = new Subject<SchoolDashboard>();
    const newer = schoolDashboard({ trend: [] });
    api.school.and.returnValues(old, of(newer));
    const result = firstValueFrom(run(effects.loadSchoolDashboard).pipe(take(1), toArray()));
    actions$.next(SchoolDashboardPageActions.opened({ filters: {} }));
    actions$.next(SchoolDashboardPageActions.filtersChanged({ filters: { leerjaar: 4 } }));
    old.next(schoolDashboard());
    expect(await result).toEqual([SchoolDashboardApiActions.dashboardLoaded({ filters: { leerjaar: 4 }, dashboard: newer })]);
  });

  it('reports a refused request with the server’s field errors', async () => {
    const problem = { status: 400, code: 'validation', type: 'urn:koers:problem:validation', title: 'x', detail: 'x', errors: [{ field: '/to', message: 'De einddatum ligt vóór de begindatum.' }] };
    api.school.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error: problem })));
    actions$.next(SchoolDashboardPageActions.retryClicked({ filters: { from: '2026-12-01', to: '2026-11-01' } }));
    const action = (await firstValueFrom(run(effects.loadSchoolDashboard))) as ReturnType<typeof SchoolDashboardApiActions.dashboardLoadFailed>;
    expect(action.type).toBe(SchoolDashboardApiActions.dashboardLoadFailed.type);
    expect(action.error.code).toBe('validation');
    expect(action.error.fieldErrors).toEqual([{ field: '/to', message: 'De einddatum ligt vóór de begindatum.' }]);
  });

  it('loads the school’s plannings when the page opens, not when the filters change', async () => {
    api.schedules.and.returnValue(of([schedule()]));
    const result = firstValueFrom(run(effects.loadPlannings).pipe(take(1), toArray()));
    actions$.next(SchoolDashboardPageActions.filtersChanged({ filters: { leerjaar: 3 } }));
    actions$.next(SchoolDashboardPageActions.opened({ filters: {} }));
    expect(await result).toEqual([SchoolDashboardApiActions.planningsLoaded({ schedules: [schedule()] })]);
    expect(api.schedules).toHaveBeenCalledTimes(1);
  });

  it('reports plannings that could not be loaded', async () => {
    api.schedules.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    actions$.next(SchoolDashboardPageActions.retryClicked({ filters: {} }));
    const action = await firstValueFrom(run(effects.loadPlannings));
    expect(action.type).toBe(SchoolDashboardApiActions.planningsLoadFailed.type);
  });
});
