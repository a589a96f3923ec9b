import type { ModuleDetail, ModuleFilters, ModuleSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { hasFilters } from './module-filters';
import { ModuleDetailPageActions, ModuleLibraryPageActions, ModulesApiActions } from './modules.actions';

const adapter = createEntityAdapter<ModuleSummary>({ sortComparer: (a, b) => a.title.localeCompare(b.title, 'nl') });

export interface ModulesState extends EntityState<ModuleSummary> {
  readonly filters: ModuleFilters;
  readonly listStatus: LoadStatus;
  readonly listError: AppError | null;
  readonly detailId: string | null;
  readonly detail: ModuleDetail | null;
  readonly detailStatus: LoadStatus;
  readonly detailError: AppError | null;
}

export const initialModulesState: ModulesState = adapter.getInitialState({
  filters: {},
  listStatus: 'idle',
  listError: null,
  detailId: null,
  detail: null,
  detailStatus: 'idle',
  detailError: null,
});

export const modulesFeature = createFeature({
  name: 'modules',
  reducer: createReducer(
    initialModulesState,
    on(ModuleLibraryPageActions.filtersApplied, ModuleLibraryPageActions.retryClicked, (state, { filters }): ModulesState => ({
      ...state,
      filters,
      listStatus: 'loading',
      listError: null,
    })),
    on(ModulesApiActions.modulesLoaded, (state, { modules }): ModulesState => ({ ...adapter.setAll(modules, state), listStatus: 'loaded' })),
    on(ModulesApiActions.modulesLoadFailed, (state, { error }): ModulesState => ({ ...state, listStatus: 'failed', listError: error })),
    on(ModuleDetailPageActions.opened, ModuleDetailPageActions.retryClicked, (state, { moduleId }): ModulesState => ({
      ...state,
      detailId: moduleId,
      detail: state.detail?.id === moduleId ? state.detail : null,
      detailStatus: 'loading',
      detailError: null,
    })),
    on(ModulesApiActions.moduleLoaded, (state, { detail }): ModulesState =>
      detail.id === state.detailId ? { ...state, detail, detailStatus: 'loaded' } : state,
    ),
    on(ModulesApiActions.moduleLoadFailed, (state, { moduleId, error }): ModulesState =>
      moduleId === state.detailId ? { ...state, detailStatus: 'failed', detailError: error } : state,
    ),
  ),
  extraSelectors: ({ selectModulesState, selectFilters }) => ({
    selectModules: createSelector(selectModulesState, adapter.getSelectors().selectAll),
    selectFiltered: createSelector(selectFilters, hasFilters),
  }),
});
