import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, lastValueFrom, of, take, throwError } from 'rxjs';
import { Notifier } from '../../../core/notify/notifier';
import { ReportsApi } from '../data/reports.api';
import { TOKEN, reportDocument, reportShare } from '../testing/reports-fixtures';
import { ReportPageActions, ReportsApiActions, SharedReportPageActions } from './reports.actions';
import * as effects from './reports.effects';

describe('reports effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ReportsApi>;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    api = jasmine.createSpyObj<ReportsApi>('ReportsApi', ['schoolYear', 'shares', 'createShare', 'revokeShare', 'shared']);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['message', 'error']);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$ as Observable<Action>), { provide: ReportsApi, useValue: api }, { provide: Notifier, useValue: notifier }],
    });
  });

  const first = <T>(effect: () => Observable<T>) => lastValueFrom(TestBed.runInInjectionContext(effect).pipe(take(1)));

  it('loads the report of the chosen year', async () => {
    api.schoolYear.and.returnValue(of(reportDocument()));
    actions$.next(ReportPageActions.yearSelected({ schoolYear: '2025-2026' }));
    expect(await first(effects.loadReport)).toEqual(ReportsApiActions.reportLoaded({ schoolYear: '2025-2026', report: reportDocument() }));
    expect(api.schoolYear).toHaveBeenCalledWith('2025-2026');
  });

  it('turns a failed report load into an error for that year', async () => {
    api.schoolYear.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    actions$.next(ReportPageActions.reportRetryClicked({ schoolYear: '2026-2027' }));
    const action = (await first(effects.loadReport)) as ReturnType<typeof ReportsApiActions.reportLoadFailed>;
    expect(action.type).toBe(ReportsApiActions.reportLoadFailed.type);
    expect(action.schoolYear).toBe('2026-2027');
    expect(action.error.code).toBe('unavailable');
  });

  it('loads the share links when the page opens', async () => {
    api.shares.and.returnValue(of({ items: [reportShare()] }));
    actions$.next(ReportPageActions.opened());
    expect(await first(effects.loadShares)).toEqual(ReportsApiActions.sharesLoaded({ shares: [reportShare()] }));
  });

  it('reloads the share links after a failed revocation', async () => {
    api.shares.and.returnValue(of({ items: [] }));
    actions$.next(ReportsApiActions.shareRevokeFailed({ error: toError(404, 'not_found') }));
    expect(await first(effects.loadShares)).toEqual(ReportsApiActions.sharesLoaded({ shares: [] }));
  });

  it('creates a link for the chosen year and days', async () => {
    const created = reportShare({ path: `/gedeeld/verslag/${TOKEN}` });
    api.createShare.and.returnValue(of(created));
    actions$.next(ReportPageActions.shareSubmitted({ input: { schoolYear: '2026-2027', days: 14 } }));
    expect(await first(effects.createShare)).toEqual(ReportsApiActions.shareCreated({ share: created }));
    expect(api.createShare).toHaveBeenCalledWith({ schoolYear: '2026-2027', days: 14 });
  });

  it('passes the server’s field message on when a link is refused', async () => {
    api.createShare.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: { type: 'x', title: 'x', status: 400, detail: 'x', code: 'validation', errors: [{ field: '/days', message: 'Hoogstens 90.' }] },
          }),
      ),
    );
    actions$.next(ReportPageActions.shareSubmitted({ input: { schoolYear: '2026-2027', days: 91 } }));
    const action = (await first(effects.createShare)) as ReturnType<typeof ReportsApiActions.shareCreateFailed>;
    expect(action.error.fieldErrors).toEqual([{ field: '/days', message: 'Hoogstens 90.' }]);
  });

  it('revokes a link and stamps when', async () => {
    api.revokeShare.and.returnValue(of(undefined));
    actions$.next(ReportPageActions.revokeConfirmed({ shareId: 'share-1' }));
    const fixed = new Date('2026-12-04T12:00:00.000Z');
    const action = await lastValueFrom(TestBed.runInInjectionContext(() => effects.revokeShare(undefined, undefined, () => fixed)).pipe(take(1)));
    expect(action).toEqual(ReportsApiActions.shareRevoked({ shareId: 'share-1', revokedAt: '2026-12-04T12:00:00.000Z' }));
    expect(api.revokeShare).toHaveBeenCalledWith('share-1');
  });

  it('says so when a link is revoked, and why when it could not be', async () => {
    actions$.next(ReportsApiActions.shareRevoked({ shareId: 'share-1', revokedAt: '2026-12-04T12:00:00.000Z' }));
    await first(effects.notifyRevoke);
    expect(notifier.message).toHaveBeenCalledWith('reports.share.list.revokeDone');
    actions$.next(ReportsApiActions.shareRevokeFailed({ error: toError(404, 'not_found') }));
    await first(effects.notifyRevoke);
    expect(notifier.error).toHaveBeenCalledWith(jasmine.objectContaining({ code: 'not_found' }));
  });

  it('loads a shared report by its token, and reports a dead link as not found', async () => {
    api.shared.and.returnValue(of(reportDocument()));
    actions$.next(SharedReportPageActions.opened({ token: TOKEN }));
    expect(await first(effects.loadSharedReport)).toEqual(ReportsApiActions.sharedReportLoaded({ report: reportDocument() }));
    expect(api.shared).toHaveBeenCalledWith(TOKEN);

    api.shared.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404, error: { type: 'x', title: 'x', status: 404, detail: 'x', code: 'not_found' } })));
    actions$.next(SharedReportPageActions.retryClicked({ token: TOKEN }));
    const action = (await first(effects.loadSharedReport)) as ReturnType<typeof ReportsApiActions.sharedReportLoadFailed>;
    expect(action.error.code).toBe('not_found');
  });
});

function toError(status: number, code: 'not_found') {
  return { code, status, retryAfterSeconds: null, fieldErrors: [] };
}
