import { appError } from '../../../testing/fixtures';
import { indicator, report, ruleState, TWO_PROBLEMS } from '../testing/prospects-fixtures';
import { ProspectsApiActions, ProspectsPageActions } from './prospects.actions';
import { NO_FILTERS, initialProspectsState, prospectsFeature } from './prospects.feature';

const { reducer, selectIndicators, selectReportHasProblems } = prospectsFeature;

describe('prospects state', () => {
  it('lists opleiding-level values before sector-level ones, by name, the newest year first', () => {
    const indicators = [
      indicator({ id: 's-old', sector: 'ict', year: 2023 }),
      indicator({ id: 's-new', sector: 'ict', year: 2025 }),
      indicator({ id: 'o', scope: 'opleiding', opleiding: { id: 'op-1', name: 'Verpleegkundige', code: '25480', type: 'mbo' } }),
      indicator({ id: 'a', sector: 'agrarisch-voedsel-natuur' }),
    ];
    const state = reducer(initialProspectsState, ProspectsApiActions.indicatorsLoaded({ indicators }));
    expect(selectIndicators.projector(state).map((item) => item.id)).toEqual(['o', 'a', 's-new', 's-old']);
  });

  it('remembers the filters and clears an earlier load error when they change', () => {
    const failed = reducer(initialProspectsState, ProspectsApiActions.indicatorsLoadFailed({ error: appError('unavailable') }));
    const filters = { ...NO_FILTERS, status: 'illustratief' as const };
    const state = reducer(failed, ProspectsPageActions.filtersChanged({ filters }));
    expect(state.filters).toEqual(filters);
    expect(state.status).toBe('loading');
    expect(state.error).toBeNull();
  });

  it('adds a hand-entered value and remembers its id so the dialog can close', () => {
    const saving = reducer(initialProspectsState, ProspectsPageActions.indicatorSubmitted({ input: {} as never }));
    expect(saving.saving).toBeTrue();
    const state = reducer(saving, ProspectsApiActions.indicatorCreated({ indicator: indicator({ id: 'new' }) }));
    expect(state.saving).toBeFalse();
    expect(state.createdId).toBe('new');
    expect(selectIndicators.projector(state).map((item) => item.id)).toEqual(['new']);
  });

  it('keeps the dialog open with the server’s field errors when saving fails', () => {
    const error = appError('validation', { fieldErrors: [{ field: '/year', message: 'Jaar te groot.' }] });
    const state = reducer(initialProspectsState, ProspectsApiActions.indicatorCreateFailed({ error }));
    expect(state.saveError).toEqual(error);
    expect(state.createdId).toBeNull();
  });

  it('forgets the last save when the dialog opens again', () => {
    const created = reducer(initialProspectsState, ProspectsApiActions.indicatorCreated({ indicator: indicator() }));
    expect(reducer(created, ProspectsPageActions.entryDialogOpened()).createdId).toBeNull();
  });

  it('removes a withdrawn value from the list', () => {
    const loaded = reducer(initialProspectsState, ProspectsApiActions.indicatorsLoaded({ indicators: [indicator({ id: 'a' }), indicator({ id: 'b', sector: 'ict' })] }));
    const state = reducer(loaded, ProspectsApiActions.indicatorWithdrawn({ indicatorId: 'a' }));
    expect(selectIndicators.projector(state).map((item) => item.id)).toEqual(['b']);
  });

  it('says a report with problems has problems, and a clean one has none', () => {
    expect(selectReportHasProblems.projector(report({ problems: [...TWO_PROBLEMS] }))).toBeTrue();
    expect(selectReportHasProblems.projector(report())).toBeFalse();
    expect(selectReportHasProblems.projector(null)).toBeFalse();
  });

  it('keeps the report of a trial import until the form is edited', () => {
    const requested = reducer(initialProspectsState, ProspectsPageActions.importRequested({ request: {} as never }));
    expect(requested.importing).toBeTrue();
    const reported = reducer(requested, ProspectsApiActions.importReported({ report: report() }));
    expect(reported.importing).toBeFalse();
    expect(reported.report).toEqual(report());
    expect(reducer(reported, ProspectsPageActions.importFormEdited()).report).toBeNull();
  });

  it('stores the new rule version after a change', () => {
    const saving = reducer(initialProspectsState, ProspectsPageActions.ruleChangeSubmitted({ change: { minScore: 4, note: 'Terug naar de standaard.' } }));
    expect(saving.ruleSaving).toBeTrue();
    const state = reducer(saving, ProspectsApiActions.ruleChanged({ rule: ruleState() }));
    expect(state.ruleSaving).toBeFalse();
    expect(state.rule?.current.version).toBe(2);
  });
});
