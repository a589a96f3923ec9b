import { appError } from '../../../testing/fixtures';
import { reportDocument, reportShare } from '../testing/reports-fixtures';
import { ReportPageActions, ReportsApiActions, SharedReportPageActions } from './reports.actions';
import { type ReportsState, initialReportsState, reportsFeature, selectShareRows, shareStatus } from './reports.feature';

const reduce = (state: ReportsState, ...actions: Parameters<typeof reportsFeature.reducer>[1][]) => actions.reduce((next, action) => reportsFeature.reducer(next, action), state);
const root = (state: ReportsState) => ({ reports: state });

describe('reports feature', () => {
  const loaded = reduce(initialReportsState, ReportPageActions.yearSelected({ schoolYear: '2026-2027' }), ReportsApiActions.reportLoaded({ schoolYear: '2026-2027', report: reportDocument() }));

  it('loads the report of the chosen year', () => {
    expect(loaded.report).toEqual(reportDocument());
    expect(loaded.reportStatus).toBe('loaded');
  });

  it('does not show another year’s report while the chosen one loads, nor a late answer for an older year', () => {
    const next = reduce(loaded, ReportPageActions.yearSelected({ schoolYear: '2025-2026' }));
    expect(next.report).toBeNull();
    expect(next.reportStatus).toBe('loading');
    const late = reduce(next, ReportsApiActions.reportLoaded({ schoolYear: '2026-2027', report: reportDocument() }));
    expect(late.report).toBeNull();
  });

  it('keeps a failed load’s error for the page to show', () => {
    const failed = reduce(loaded, ReportPageActions.reportRetryClicked({ schoolYear: '2026-2027' }), ReportsApiActions.reportLoadFailed({ schoolYear: '2026-2027', error: appError('unavailable') }));
    expect(failed.reportStatus).toBe('failed');
    expect(failed.reportError?.code).toBe('unavailable');
  });

  it('keeps the token of a new link only until it is dismissed, never in the list', () => {
    const created = reduce(
      initialReportsState,
      ReportsApiActions.sharesLoaded({ shares: [reportShare()] }),
      ReportPageActions.shareSubmitted({ input: { schoolYear: '2026-2027', days: 30 } }),
      ReportsApiActions.shareCreated({ share: reportShare({ id: 'share-2', createdAt: '2026-12-04T10:00:00.000Z', path: '/gedeeld/verslag/abc' }) }),
    );
    expect(created.creating).toBeFalse();
    expect(reportsFeature.selectCreatedPath(root(created))).toBe('/gedeeld/verslag/abc');
    const shares = reportsFeature.selectShares(root(created));
    expect(shares.map((share) => share.id)).toEqual(['share-2', 'share-1']);
    expect(shares.every((share) => !('path' in share))).toBeTrue();
    expect(reportsFeature.selectCreatedPath(root(reduce(created, ReportPageActions.createdLinkDismissed())))).toBeNull();
    expect(reportsFeature.selectCreatedPath(root(reduce(created, ReportPageActions.opened())))).toBeNull();
  });

  it('keeps the server’s refusal of a new link until the form is edited', () => {
    const refused = reduce(initialReportsState, ReportPageActions.shareSubmitted({ input: { schoolYear: '2026-2027', days: 30 } }), ReportsApiActions.shareCreateFailed({ error: appError('validation') }));
    expect(refused.createError?.code).toBe('validation');
    expect(reduce(refused, ReportPageActions.shareFormEdited()).createError).toBeNull();
  });

  it('marks a revoked link and stops showing its token', () => {
    const created = reduce(initialReportsState, ReportsApiActions.shareCreated({ share: reportShare({ path: '/gedeeld/verslag/abc' }) }));
    const revoked = reduce(created, ReportsApiActions.shareRevoked({ shareId: 'share-1', revokedAt: '2026-12-04T12:00:00.000Z' }));
    expect(reportsFeature.selectShares(root(revoked))[0].revokedAt).toBe('2026-12-04T12:00:00.000Z');
    expect(revoked.created).toBeNull();
  });

  it('tells active, expired and revoked links apart at a given moment', () => {
    const now = Date.parse('2026-12-04T12:00:00.000Z');
    expect(shareStatus(reportShare(), now)).toBe('active');
    expect(shareStatus(reportShare({ expiresAt: '2026-12-04T11:59:59.000Z' }), now)).toBe('expired');
    expect(shareStatus(reportShare({ expiresAt: '2026-12-01T00:00:00.000Z', revokedAt: '2026-11-30T00:00:00.000Z' }), now)).toBe('revoked');
    const state = reduce(initialReportsState, ReportsApiActions.sharesLoaded({ shares: [reportShare(), reportShare({ id: 'share-0', createdAt: '2026-10-01T09:00:00.000Z', expiresAt: '2026-10-31T09:00:00.000Z' })] }));
    expect(selectShareRows(now)(root(state)).map((row) => row.status)).toEqual(['active', 'expired']);
  });

  it('shows the empty list only after a successful load without links', () => {
    expect(reportsFeature.selectNoShares(root(reduce(initialReportsState, ReportPageActions.opened())))).toBeFalse();
    expect(reportsFeature.selectNoShares(root(reduce(initialReportsState, ReportsApiActions.sharesLoaded({ shares: [] }))))).toBeTrue();
  });

  it('calls a shared link dead on 404, and other failures not', () => {
    const dead = reduce(initialReportsState, SharedReportPageActions.opened({ token: 't' }), ReportsApiActions.sharedReportLoadFailed({ error: appError('not_found', { status: 404 }) }));
    expect(reportsFeature.selectSharedLinkDead(root(dead))).toBeTrue();
    const down = reduce(initialReportsState, ReportsApiActions.sharedReportLoadFailed({ error: appError('unavailable', { status: 503 }) }));
    expect(reportsFeature.selectSharedLinkDead(root(down))).toBeFalse();
    const shown = reduce(dead, SharedReportPageActions.retryClicked({ token: 't' }), ReportsApiActions.sharedReportLoaded({ report: reportDocument() }));
    expect(shown.shared?.title).toBe('LOB-verslag schooljaar 2026-2027');
    expect(shown.sharedError).toBeNull();
  });
});
