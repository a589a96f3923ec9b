import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, Subject, firstValueFrom, of, throwError, toArray, take } from 'rxjs';
import { classSummary } from '../../../testing/fixtures';
import { CHOICE_SHIFT_LOOKUPS, ChoiceShiftApi, type ChoiceShiftLookups } from '../data/choice-shift.api';
import { fullReport, pairing, schedule } from '../testing/choice-shift-fixtures';
import { ChoiceShiftApiActions, ChoiceShiftPageActions, ChoiceShiftPanelActions } from './choice-shift.actions';
import * as effects from './choice-shift.effects';

describe('choiceShift effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ChoiceShiftApi>;
  let lookups: jasmine.SpyObj<ChoiceShiftLookups>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>();
    api = jasmine.createSpyObj<ChoiceShiftApi>('ChoiceShiftApi', ['report', 'pairings', 'createPairing', 'deletePairing']);
    lookups = jasmine.createSpyObj<ChoiceShiftLookups>('ChoiceShiftLookups', ['schedules', 'classes']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$ as Observable<Action>),
        { provide: ChoiceShiftApi, useValue: api },
        { provide: CHOICE_SHIFT_LOOKUPS, useValue: lookups },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('loads the report of the opened scope under its key', async () => {
    const report = fullReport();
    api.report.and.returnValue(of(report));
    actions$.next(ChoiceShiftPanelActions.opened({ scope: { leerjaar: 3, classId: 'class-1' } }));
    expect(await firstValueFrom(run(effects.loadReport))).toEqual(ChoiceShiftApiActions.reportLoaded({ key: 'classId=class-1&leerjaar=3', report }));
    expect(api.report).toHaveBeenCalledWith({ leerjaar: 3, classId: 'class-1' });
  });

  it('ignores an older answer for the same group when a newer request was made', async () => {
    const first = new Subject<ReturnType<typeof fullReport>>();
    const newer = fullReport({ nPre: 30 });
    api.report.and.returnValues(first, of(newer));
    const emitted = run(effects.loadReport).pipe(take(1), toArray());
    const result = firstValueFrom(emitted);
    actions$.next(ChoiceShiftPanelActions.opened({ scope: { classId: 'class-1' } }));
    actions$.next(ChoiceShiftPanelActions.retryClicked({ scope: { classId: 'class-1' } }));
    first.next(fullReport());
    first.complete();
    expect(await result).toEqual([ChoiceShiftApiActions.reportLoaded({ key: 'classId=class-1', report: newer })]);
  });

  it('reports a failed report with its key', async () => {
    api.report.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403, error: { status: 403, code: 'forbidden' } })));
    actions$.next(ChoiceShiftPanelActions.retryClicked({ scope: { classId: 'other' } }));
    const action = (await firstValueFrom(run(effects.loadReport))) as ReturnType<typeof ChoiceShiftApiActions.reportLoadFailed>;
    expect(action.type).toBe(ChoiceShiftApiActions.reportLoadFailed.type);
    expect(action.key).toBe('classId=other');
    expect(action.error.code).toBe('forbidden');
  });

  it('loads plannings and classes from the wired-in services when the page opens', async () => {
    const schedules = [schedule()];
    const classes = [classSummary()];
    lookups.schedules.and.returnValue(of(schedules));
    lookups.classes.and.returnValue(of(classes));
    actions$.next(ChoiceShiftPageActions.opened({ canPair: false }));
    expect(await firstValueFrom(run(effects.loadLookups))).toEqual(ChoiceShiftApiActions.lookupsLoaded({ schedules, classes }));
  });

  it('loads pairings only for someone who may pair', async () => {
    api.pairings.and.returnValue(of([pairing()]));
    actions$.next(ChoiceShiftPageActions.opened({ canPair: false }));
    actions$.next(ChoiceShiftPageActions.opened({ canPair: true }));
    expect(await firstValueFrom(run(effects.loadPairings))).toEqual(ChoiceShiftApiActions.pairingsLoaded({ pairings: [pairing()] }));
    expect(api.pairings).toHaveBeenCalledTimes(1);
  });

  it('creates a pairing and reports a refused one', async () => {
    const input = { name: 'Oriëntatie H3 najaar', preScheduleId: 'schedule-1', postScheduleId: 'schedule-2' };
    api.createPairing.and.returnValue(of(pairing()));
    actions$.next(ChoiceShiftPageActions.pairingSubmitted({ input }));
    expect(await firstValueFrom(run(effects.createPairing))).toEqual(ChoiceShiftApiActions.pairingCreated({ pairing: pairing() }));
    expect(api.createPairing).toHaveBeenCalledWith(input);

    actions$ = new ReplaySubject<Action>();
    api.createPairing.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 400, error: { status: 400, code: 'validation', errors: [{ field: '/postScheduleId', code: 'not_later' }] } })),
    );
    actions$.next(ChoiceShiftPageActions.pairingSubmitted({ input }));
    const failed = (await firstValueFrom(run(effects.createPairing))) as ReturnType<typeof ChoiceShiftApiActions.pairingCreateFailed>;
    expect(failed.type).toBe(ChoiceShiftApiActions.pairingCreateFailed.type);
    expect(failed.error.code).toBe('validation');
  });

  it('deletes a pairing after confirmation', async () => {
    api.deletePairing.and.returnValue(of(undefined));
    actions$.next(ChoiceShiftPageActions.pairingDeleteConfirmed({ id: 'pairing-1' }));
    expect(await firstValueFrom(run(effects.deletePairing))).toEqual(ChoiceShiftApiActions.pairingDeleted({ id: 'pairing-1' }));
    expect(api.deletePairing).toHaveBeenCalledWith('pairing-1');
  });
});
