import type { ChoiceShiftReport, ClassSummary, MeasurementPairing, ScheduleSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { scopeKey } from '../data/choice-shift-scope';
import { ChoiceShiftApiActions, ChoiceShiftPageActions, ChoiceShiftPanelActions } from './choice-shift.actions';

/** One group's report; a reload keeps the previous report on screen until the new one arrives. */
export interface ReportEntry {
  readonly status: LoadStatus;
  readonly report: ChoiceShiftReport | null;
  readonly error: AppError | null;
}

export const IDLE_REPORT: ReportEntry = { status: 'idle', report: null, error: null };

export interface ChoiceShiftState {
  /** Keyed by scopeKey(scope). */
  readonly reports: Readonly<Record<string, ReportEntry>>;
  readonly pairings: EntityState<MeasurementPairing>;
  readonly pairingsStatus: LoadStatus;
  readonly pairingsError: AppError | null;
  readonly saving: boolean;
  readonly saveError: AppError | null;
  /** Bumped on every created koppeling so the page can reset its form. */
  readonly savedCount: number;
  readonly deletingIds: readonly string[];
  readonly deleteError: AppError | null;
  readonly schedules: readonly ScheduleSummary[];
  readonly classes: readonly ClassSummary[];
  readonly lookupsStatus: LoadStatus;
  readonly lookupsError: AppError | null;
}

export const pairingsAdapter = createEntityAdapter<MeasurementPairing>({
  sortComparer: (a, b) => b.createdAt.localeCompare(a.createdAt) || a.name.localeCompare(b.name),
});

export const initialChoiceShiftState: ChoiceShiftState = {
  reports: {},
  pairings: pairingsAdapter.getInitialState(),
  pairingsStatus: 'idle',
  pairingsError: null,
  saving: false,
  saveError: null,
  savedCount: 0,
  deletingIds: [],
  deleteError: null,
  schedules: [],
  classes: [],
  lookupsStatus: 'idle',
  lookupsError: null,
};

const setReport = (state: ChoiceShiftState, key: string, entry: Partial<ReportEntry>): ChoiceShiftState => ({
  ...state,
  reports: { ...state.reports, [key]: { ...(state.reports[key] ?? IDLE_REPORT), ...entry } },
});

export const choiceShiftFeature = createFeature({
  name: 'choiceShift',
  reducer: createReducer(
    initialChoiceShiftState,
    on(ChoiceShiftPanelActions.opened, ChoiceShiftPanelActions.retryClicked, (state, { scope }): ChoiceShiftState =>
      setReport(state, scopeKey(scope), { status: 'loading', error: null }),
    ),
    on(ChoiceShiftApiActions.reportLoaded, (state, { key, report }): ChoiceShiftState => setReport(state, key, { status: 'loaded', report, error: null })),
    on(ChoiceShiftApiActions.reportLoadFailed, (state, { key, error }): ChoiceShiftState => setReport(state, key, { status: 'failed', error })),
    on(ChoiceShiftPageActions.opened, (state, { canPair }): ChoiceShiftState => ({
      ...state,
      lookupsStatus: 'loading',
      lookupsError: null,
      pairingsStatus: canPair ? 'loading' : state.pairingsStatus,
      pairingsError: null,
    })),
    on(ChoiceShiftApiActions.lookupsLoaded, (state, { schedules, classes }): ChoiceShiftState => ({
      ...state,
      schedules,
      classes,
      lookupsStatus: 'loaded',
    })),
    on(ChoiceShiftApiActions.lookupsLoadFailed, (state, { error }): ChoiceShiftState => ({ ...state, lookupsStatus: 'failed', lookupsError: error })),
    on(ChoiceShiftApiActions.pairingsLoaded, (state, { pairings }): ChoiceShiftState => ({
      ...state,
      pairings: pairingsAdapter.setAll(pairings, state.pairings),
      pairingsStatus: 'loaded',
    })),
    on(ChoiceShiftApiActions.pairingsLoadFailed, (state, { error }): ChoiceShiftState => ({ ...state, pairingsStatus: 'failed', pairingsError: error })),
    on(ChoiceShiftPageActions.pairingSubmitted, (state): ChoiceShiftState => ({ ...state, saving: true, saveError: null })),
    on(ChoiceShiftApiActions.pairingCreated, (state, { pairing }): ChoiceShiftState => ({
      ...state,
      pairings: pairingsAdapter.upsertOne(pairing, state.pairings),
      saving: false,
      savedCount: state.savedCount + 1,
    })),
    on(ChoiceShiftApiActions.pairingCreateFailed, (state, { error }): ChoiceShiftState => ({ ...state, saving: false, saveError: error })),
    on(ChoiceShiftPageActions.pairingDeleteConfirmed, (state, { id }): ChoiceShiftState => ({
      ...state,
      deletingIds: [...state.deletingIds, id],
      deleteError: null,
    })),
    on(ChoiceShiftApiActions.pairingDeleted, (state, { id }): ChoiceShiftState => ({
      ...state,
      pairings: pairingsAdapter.removeOne(id, state.pairings),
      deletingIds: state.deletingIds.filter((deleting) => deleting !== id),
    })),
    on(ChoiceShiftApiActions.pairingDeleteFailed, (state, { id, error }): ChoiceShiftState => ({
      ...state,
      deletingIds: state.deletingIds.filter((deleting) => deleting !== id),
      deleteError: error,
    })),
  ),
  extraSelectors: ({ selectPairings, selectSchedules }) => {
    const { selectAll } = pairingsAdapter.getSelectors();
    const selectPairingList = createSelector(selectPairings, selectAll);
    return {
      selectPairingList,
      /** Distinct lessons of the plannings, for the "les" filter. */
      selectLessons: createSelector(selectSchedules, (schedules) => {
        const lessons = new Map<string, string>();
        for (const schedule of schedules) if (!lessons.has(schedule.lessonId)) lessons.set(schedule.lessonId, schedule.lessonTitle);
        return [...lessons].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
      }),
      /** Plannings by start date, for the koppeling form. */
      selectSchedulesByDate: createSelector(selectSchedules, (schedules) =>
        [...schedules].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.className.localeCompare(b.className, 'nl')),
      ),
    };
  },
});

/** The report entry of one scope key (idle when never asked for). */
export const selectReportEntry = (key: string) =>
  createSelector(choiceShiftFeature.selectReports, (reports): ReportEntry => reports[key] ?? IDLE_REPORT);
