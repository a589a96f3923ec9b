import type { ReportDocument, ReportShare } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { ReportPageActions, ReportsApiActions, SharedReportPageActions } from './reports.actions';

export type ShareStatus = 'active' | 'expired' | 'revoked';

/** A share link as the list shows it. */
export interface ShareRow extends ReportShare {
  readonly status: ShareStatus;
}

/** Revoked wins over expired: a link revoked before it ran out says so. */
export function shareStatus(share: ReportShare, now: number): ShareStatus {
  if (share.revokedAt) return 'revoked';
  return Date.parse(share.expiresAt) <= now ? 'expired' : 'active';
}

/** Newest first, as the server sends them. */
const adapter = createEntityAdapter<ReportShare>({ sortComparer: (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id) });

/** The list never keeps a token: `path` lives only in `created`, until the user dismisses it. */
const withoutPath = ({ id, schoolYear, createdBy, createdAt, expiresAt, revokedAt }: ReportShare): ReportShare => ({ id, schoolYear, createdBy, createdAt, expiresAt, revokedAt });

export interface ReportsState extends EntityState<ReportShare> {
  /** The year the page shows (from `?jaar=`). */
  readonly schoolYear: string | null;
  readonly report: ReportDocument | null;
  readonly reportStatus: LoadStatus;
  readonly reportError: AppError | null;
  readonly sharesStatus: LoadStatus;
  readonly sharesError: AppError | null;
  readonly creating: boolean;
  readonly createError: AppError | null;
  /** The link just created, with its token: shown once, gone when dismissed or the page is left. */
  readonly created: ReportShare | null;
  /** The report behind a share link (the public page). */
  readonly shared: ReportDocument | null;
  readonly sharedStatus: LoadStatus;
  readonly sharedError: AppError | null;
}

export const initialReportsState: ReportsState = adapter.getInitialState({
  schoolYear: null,
  report: null,
  reportStatus: 'idle',
  reportError: null,
  sharesStatus: 'idle',
  sharesError: null,
  creating: false,
  createError: null,
  created: null,
  shared: null,
  sharedStatus: 'idle',
  sharedError: null,
});

export const reportsFeature = createFeature({
  name: 'reports',
  reducer: createReducer(
    initialReportsState,
    on(ReportPageActions.opened, (state): ReportsState => ({ ...state, created: null, createError: null, sharesStatus: 'loading', sharesError: null })),
    on(ReportPageActions.sharesRetryClicked, (state): ReportsState => ({ ...state, sharesStatus: 'loading', sharesError: null })),
    on(ReportPageActions.yearSelected, ReportPageActions.reportRetryClicked, (state, { schoolYear }): ReportsState => ({
      ...state,
      schoolYear,
      // Another year's report is not shown while this one loads.
      report: state.schoolYear === schoolYear ? state.report : null,
      reportStatus: 'loading',
      reportError: null,
    })),
    on(ReportsApiActions.reportLoaded, (state, { schoolYear, report }): ReportsState =>
      schoolYear === state.schoolYear ? { ...state, report, reportStatus: 'loaded' } : state,
    ),
    on(ReportsApiActions.reportLoadFailed, (state, { schoolYear, error }): ReportsState =>
      schoolYear === state.schoolYear ? { ...state, report: null, reportStatus: 'failed', reportError: error } : state,
    ),
    on(ReportsApiActions.sharesLoaded, (state, { shares }): ReportsState => ({ ...adapter.setAll(shares.map(withoutPath), state), sharesStatus: 'loaded' })),
    on(ReportsApiActions.sharesLoadFailed, (state, { error }): ReportsState => ({ ...state, sharesStatus: 'failed', sharesError: error })),
    on(ReportPageActions.shareSubmitted, (state): ReportsState => ({ ...state, creating: true, createError: null, created: null })),
    on(ReportPageActions.shareFormEdited, (state): ReportsState => ({ ...state, createError: null })),
    on(ReportsApiActions.shareCreated, (state, { share }): ReportsState => ({
      ...adapter.upsertOne(withoutPath(share), state),
      creating: false,
      created: share,
    })),
    on(ReportsApiActions.shareCreateFailed, (state, { error }): ReportsState => ({ ...state, creating: false, createError: error })),
    on(ReportPageActions.createdLinkDismissed, (state): ReportsState => ({ ...state, created: null })),
    on(ReportsApiActions.shareRevoked, (state, { shareId, revokedAt }): ReportsState => ({
      ...adapter.updateOne({ id: shareId, changes: { revokedAt } }, state),
      // A revoked link is useless: stop showing it.
      created: state.created?.id === shareId ? null : state.created,
    })),
    on(SharedReportPageActions.opened, SharedReportPageActions.retryClicked, (state): ReportsState => ({ ...state, sharedStatus: 'loading', sharedError: null })),
    on(ReportsApiActions.sharedReportLoaded, (state, { report }): ReportsState => ({ ...state, shared: report, sharedStatus: 'loaded' })),
    on(ReportsApiActions.sharedReportLoadFailed, (state, { error }): ReportsState => ({ ...state, shared: null, sharedStatus: 'failed', sharedError: error })),
  ),
  extraSelectors: ({ selectReportsState, selectSharesStatus, selectCreated, selectSharedError }) => {
    const selectShares = createSelector(selectReportsState, adapter.getSelectors().selectAll);
    return {
      selectShares,
      /** Nothing created yet (after a successful load): the list shows its empty state. */
      selectNoShares: createSelector(selectShares, selectSharesStatus, (shares, status) => status === 'loaded' && shares.length === 0),
      /** The path of the link just created (with its token), to be shown once. */
      selectCreatedPath: createSelector(selectCreated, (created) => created?.path ?? null),
      /** The public page tells a dead link (unknown, expired, revoked: 404) apart from other failures. */
      selectSharedLinkDead: createSelector(selectSharedError, (error) => error?.code === 'not_found'),
    };
  },
});

/** The share links with their status at `now` (a factory: the status depends on the clock). */
export const selectShareRows = (now: number) =>
  createSelector(reportsFeature.selectShares, (shares): ShareRow[] => shares.map((share) => ({ ...share, status: shareStatus(share, now) })));
