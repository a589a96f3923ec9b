import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, firstValueFrom, of, throwError } from 'rxjs';
import { classDetail, classSummary } from '../../../testing/fixtures';
import { ClassesApi } from '../data/classes.api';
import { ClassDetailPageActions, ClassOverviewPageActions, ClassesApiActions } from './classes.actions';
import * as effects from './classes.effects';

describe('classes effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ClassesApi>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    api = jasmine.createSpyObj<ClassesApi>('ClassesApi', ['list', 'get']);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$ as Observable<Action>), { provide: ClassesApi, useValue: api }],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('loads the classes when the overview opens', async () => {
    const classes = [classSummary()];
    api.list.and.returnValue(of(classes));
    actions$.next(ClassOverviewPageActions.opened());
    expect(await firstValueFrom(run(effects.loadClasses))).toEqual(ClassesApiActions.classesLoaded({ classes }));
  });

  it('loads the opened class by id', async () => {
    const detail = classDetail();
    api.get.and.returnValue(of(detail));
    actions$.next(ClassDetailPageActions.opened({ classId: detail.id }));
    expect(await firstValueFrom(run(effects.loadClass))).toEqual(ClassesApiActions.classLoaded({ detail }));
    expect(api.get).toHaveBeenCalledWith(detail.id);
  });

  it("reports another mentor's class as forbidden", async () => {
    api.get.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 403, error: { status: 403, code: 'forbidden' } })),
    );
    actions$.next(ClassDetailPageActions.retryClicked({ classId: 'other' }));
    const action = (await firstValueFrom(run(effects.loadClass))) as ReturnType<typeof ClassesApiActions.classLoadFailed>;
    expect(action.type).toBe(ClassesApiActions.classLoadFailed.type);
    expect(action.classId).toBe('other');
    expect(action.error.code).toBe('forbidden');
  });
});
