import type { KansrijkRuleState, Opleiding, ProspectImportReport, ProspectImportSummary, ProspectIndicator } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import type { IndicatorFilters } from '../data/prospects.api';
import { ProspectsApiActions, ProspectsPageActions } from './prospects.actions';

const targetName = (indicator: ProspectIndicator) => indicator.opleiding?.name ?? indicator.sector;

/** Opleiding-level values first, then by name (opleiding) or sector key; the newest year first. */
export function compareIndicators(a: ProspectIndicator, b: ProspectIndicator): number {
  if (a.scope !== b.scope) return a.scope === 'opleiding' ? -1 : 1;
  return targetName(a).localeCompare(targetName(b), 'nl') || a.level.localeCompare(b.level) || b.year - a.year;
}

const adapter = createEntityAdapter<ProspectIndicator>({ sortComparer: compareIndicators });

export interface ProspectsState extends EntityState<ProspectIndicator> {
  readonly filters: IndicatorFilters;
  readonly status: LoadStatus;
  readonly error: AppError | null;
  /** Catalogue matches for the opleiding of a hand-entered value. */
  readonly opleidingOptions: readonly Opleiding[];
  readonly saving: boolean;
  readonly saveError: AppError | null;
  /** The last value entered by hand in this dialog session; the page closes the dialog on it. */
  readonly createdId: string | null;
  readonly withdrawError: AppError | null;
  readonly imports: readonly ProspectImportSummary[];
  readonly importsError: AppError | null;
  readonly report: ProspectImportReport | null;
  readonly importing: boolean;
  readonly importError: AppError | null;
  readonly rule: KansrijkRuleState | null;
  readonly ruleError: AppError | null;
  readonly ruleSaving: boolean;
  readonly ruleSaveError: AppError | null;
}

export const NO_FILTERS: IndicatorFilters = { scope: null, sector: null, status: null };

export const initialProspectsState: ProspectsState = adapter.getInitialState({
  filters: NO_FILTERS,
  status: 'idle',
  error: null,
  opleidingOptions: [],
  saving: false,
  saveError: null,
  createdId: null,
  withdrawError: null,
  imports: [],
  importsError: null,
  report: null,
  importing: false,
  importError: null,
  rule: null,
  ruleError: null,
  ruleSaving: false,
  ruleSaveError: null,
});

export const prospectsFeature = createFeature({
  name: 'prospects',
  reducer: createReducer(
    initialProspectsState,
    on(
      ProspectsPageActions.opened,
      ProspectsPageActions.retryClicked,
      ProspectsPageActions.filtersChanged,
      (state, { filters }): ProspectsState => ({ ...state, filters, status: 'loading', error: null }),
    ),
    on(ProspectsApiActions.indicatorsLoaded, (state, { indicators }): ProspectsState => ({ ...adapter.setAll([...indicators], state), status: 'loaded' })),
    on(ProspectsApiActions.indicatorsLoadFailed, (state, { error }): ProspectsState => ({ ...state, status: 'failed', error })),
    on(ProspectsPageActions.entryDialogOpened, (state): ProspectsState => ({ ...state, saveError: null, createdId: null, opleidingOptions: [] })),
    on(ProspectsApiActions.opleidingenFound, (state, { opleidingen }): ProspectsState => ({ ...state, opleidingOptions: opleidingen })),
    on(ProspectsPageActions.indicatorSubmitted, (state): ProspectsState => ({ ...state, saving: true, saveError: null })),
    on(ProspectsApiActions.indicatorCreated, (state, { indicator }): ProspectsState => ({
      ...adapter.addOne(indicator, state),
      saving: false,
      createdId: indicator.id,
    })),
    on(ProspectsApiActions.indicatorCreateFailed, (state, { error }): ProspectsState => ({ ...state, saving: false, saveError: error })),
    on(ProspectsPageActions.withdrawConfirmed, (state): ProspectsState => ({ ...state, withdrawError: null })),
    on(ProspectsApiActions.indicatorWithdrawn, (state, { indicatorId }): ProspectsState => adapter.removeOne(indicatorId, state)),
    on(ProspectsApiActions.indicatorWithdrawFailed, (state, { error }): ProspectsState => ({ ...state, withdrawError: error })),
    on(ProspectsPageActions.opened, ProspectsPageActions.retryClicked, (state): ProspectsState => ({ ...state, importsError: null, ruleError: null })),
    on(ProspectsApiActions.importsLoaded, (state, { imports }): ProspectsState => ({ ...state, imports })),
    on(ProspectsApiActions.importsLoadFailed, (state, { error }): ProspectsState => ({ ...state, importsError: error })),
    on(ProspectsPageActions.importFormEdited, (state): ProspectsState => ({ ...state, report: null, importError: null })),
    on(ProspectsPageActions.importRequested, (state): ProspectsState => ({ ...state, importing: true, importError: null })),
    on(ProspectsApiActions.importReported, (state, { report }): ProspectsState => ({ ...state, importing: false, report })),
    on(ProspectsApiActions.importFailed, (state, { error }): ProspectsState => ({ ...state, importing: false, importError: error })),
    on(ProspectsApiActions.ruleLoaded, (state, { rule }): ProspectsState => ({ ...state, rule })),
    on(ProspectsApiActions.ruleLoadFailed, (state, { error }): ProspectsState => ({ ...state, ruleError: error })),
    on(ProspectsPageActions.ruleChangeSubmitted, (state): ProspectsState => ({ ...state, ruleSaving: true, ruleSaveError: null })),
    on(ProspectsApiActions.ruleChanged, (state, { rule }): ProspectsState => ({ ...state, rule, ruleSaving: false })),
    on(ProspectsApiActions.ruleChangeFailed, (state, { error }): ProspectsState => ({ ...state, ruleSaving: false, ruleSaveError: error })),
  ),
  extraSelectors: ({ selectProspectsState, selectReport }) => ({
    selectIndicators: createSelector(selectProspectsState, adapter.getSelectors().selectAll),
    /** A report with problems may not be imported whole (only its valid rows, on request). */
    selectReportHasProblems: createSelector(selectReport, (report) => (report?.problems.length ?? 0) > 0),
  }),
});
