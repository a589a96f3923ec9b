import { appError, classSummary } from '../../../testing/fixtures';
import { scopeKey } from '../data/choice-shift-scope';
import { fullReport, pairing, schedule } from '../testing/choice-shift-fixtures';
import { ChoiceShiftApiActions, ChoiceShiftPageActions, ChoiceShiftPanelActions } from './choice-shift.actions';
import { type ChoiceShiftState, IDLE_REPORT, choiceShiftFeature, initialChoiceShiftState, selectReportEntry } from './choice-shift.feature';

describe('choiceShift feature', () => {
  const { reducer } = choiceShiftFeature;
  const reduce = (...actions: Parameters<typeof reducer>[1][]) => actions.reduce((state, action) => reducer(state, action), initialChoiceShiftState);
  const root = (state: ChoiceShiftState) => ({ choiceShift: state });

  it('keeps one report per group, keyed the same whatever the order of the filters', () => {
    const report = fullReport();
    const key = scopeKey({ classId: 'class-1', leerjaar: 3 });
    const state = reduce(
      ChoiceShiftPanelActions.opened({ scope: { leerjaar: 3, classId: 'class-1' } }),
      ChoiceShiftApiActions.reportLoaded({ key, report }),
      ChoiceShiftPanelActions.opened({ scope: { classId: 'class-2' } }),
    );
    expect(selectReportEntry(scopeKey({ classId: 'class-1', leerjaar: 3 }))(root(state))).toEqual({ status: 'loaded', report, error: null });
    expect(selectReportEntry(scopeKey({ classId: 'class-2' }))(root(state))).toEqual({ status: 'loading', report: null, error: null });
    expect(selectReportEntry('classId=other')(root(state))).toBe(IDLE_REPORT);
  });

  it('keeps the previous report on screen while reloading, and records a failure', () => {
    const report = fullReport();
    const scope = { classId: 'class-1' };
    const key = scopeKey(scope);
    const error = appError('unavailable', { status: 503 });
    const reloading = reduce(ChoiceShiftApiActions.reportLoaded({ key, report }), ChoiceShiftPanelActions.retryClicked({ scope }));
    expect(reloading.reports[key]).toEqual({ status: 'loading', report, error: null });
    const failed = reducer(reloading, ChoiceShiftApiActions.reportLoadFailed({ key, error }));
    expect(failed.reports[key]).toEqual({ status: 'failed', report, error });
  });

  it('lists pairings newest first and removes a deleted one', () => {
    const older = pairing({ id: 'p-old', createdAt: '2026-10-01T10:00:00.000Z' });
    const newer = pairing({ id: 'p-new', createdAt: '2026-11-01T10:00:00.000Z' });
    const state = reduce(
      ChoiceShiftPageActions.opened({ canPair: true }),
      ChoiceShiftApiActions.pairingsLoaded({ pairings: [older] }),
      ChoiceShiftPageActions.pairingSubmitted({ input: { name: 'Nieuw', preScheduleId: 's1', postScheduleId: 's2' } }),
    );
    expect(state.saving).toBeTrue();
    const saved = reducer(state, ChoiceShiftApiActions.pairingCreated({ pairing: newer }));
    expect(choiceShiftFeature.selectPairingList(root(saved)).map((p) => p.id)).toEqual(['p-new', 'p-old']);
    expect(saved.saving).toBeFalse();
    expect(saved.savedCount).toBe(1);
    const deleting = reducer(saved, ChoiceShiftPageActions.pairingDeleteConfirmed({ id: 'p-old' }));
    expect(deleting.deletingIds).toEqual(['p-old']);
    const deleted = reducer(deleting, ChoiceShiftApiActions.pairingDeleted({ id: 'p-old' }));
    expect(choiceShiftFeature.selectPairingList(root(deleted)).map((p) => p.id)).toEqual(['p-new']);
    expect(deleted.deletingIds).toEqual([]);
  });

  it('keeps a pairing whose deletion failed, with the error', () => {
    const error = appError('forbidden', { status: 403 });
    const state = reduce(
      ChoiceShiftApiActions.pairingsLoaded({ pairings: [pairing()] }),
      ChoiceShiftPageActions.pairingDeleteConfirmed({ id: 'pairing-1' }),
      ChoiceShiftApiActions.pairingDeleteFailed({ id: 'pairing-1', error }),
    );
    expect(choiceShiftFeature.selectPairingList(root(state)).length).toBe(1);
    expect(state.deleteError).toEqual(error);
    expect(state.deletingIds).toEqual([]);
  });

  it('derives the lessons and the plannings by date from the plannings', () => {
    const state = reduce(
      ChoiceShiftApiActions.lookupsLoaded({
        schedules: [
          schedule({ id: 's2', lessonId: 'l2', lessonTitle: 'Terugblik', startsOn: '2026-11-12' }),
          schedule({ id: 's1', lessonId: 'l1', lessonTitle: 'Kansrijk kiezen', startsOn: '2026-10-01' }),
          schedule({ id: 's3', lessonId: 'l1', lessonTitle: 'Kansrijk kiezen', className: 'H3B', startsOn: '2026-10-01' }),
        ],
        classes: [classSummary()],
      }),
    );
    expect(choiceShiftFeature.selectLessons(root(state))).toEqual([
      { id: 'l1', title: 'Kansrijk kiezen' },
      { id: 'l2', title: 'Terugblik' },
    ]);
    expect(choiceShiftFeature.selectSchedulesByDate(root(state)).map((s) => s.id)).toEqual(['s1', 's3', 's2']);
    expect(state.lookupsStatus).toBe('loaded');
  });
});
