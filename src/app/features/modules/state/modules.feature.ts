import type { ModuleDetail, ModuleFilters, ModuleRatings, ModuleSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { hasFilters } from './module-filters';
import {
  ModuleDetailPageActions,
  ModuleEditorApiActions,
  ModuleEditorPageActions,
  ModuleLibraryPageActions,
  ModulesApiActions,
  type UploadKind,
} from './modules.actions';

const adapter = createEntityAdapter<ModuleSummary>({ sortComparer: (a, b) => a.title.localeCompare(b.title, 'nl') });

export interface ModulesState extends EntityState<ModuleSummary> {
  readonly filters: ModuleFilters;
  readonly listStatus: LoadStatus;
  readonly listError: AppError | null;
  readonly detailId: string | null;
  readonly detail: ModuleDetail | null;
  readonly detailStatus: LoadStatus;
  readonly detailError: AppError | null;
  /** Students' ratings of the module on the detail page (null until loaded or when unavailable). */
  readonly ratings: ModuleRatings | null;
  /** A create, update or publish request under way, and the last one's failure. */
  readonly saving: boolean;
  readonly saveError: AppError | null;
  /** The upload under way (one at a time) with its progress in percent. */
  readonly upload: { readonly kind: UploadKind; readonly percent: number } | null;
  readonly uploadError: { readonly kind: UploadKind; readonly error: AppError } | null;
}

export const initialModulesState: ModulesState = adapter.getInitialState({
  filters: {},
  listStatus: 'idle',
  listError: null,
  detailId: null,
  detail: null,
  detailStatus: 'idle',
  detailError: null,
  ratings: null,
  saving: false,
  saveError: null,
  upload: null,
  uploadError: null,
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
      ratings: state.detail?.id === moduleId ? state.ratings : null,
      detailStatus: 'loading',
      detailError: null,
    })),
    on(ModulesApiActions.ratingsLoaded, (state, { moduleId, ratings }): ModulesState => (moduleId === state.detailId ? { ...state, ratings } : state)),
    on(ModulesApiActions.moduleLoaded, (state, { detail }): ModulesState =>
      detail.id === state.detailId ? { ...state, detail, detailStatus: 'loaded' } : state,
    ),
    on(ModuleEditorPageActions.createSubmitted, ModuleEditorPageActions.updateSubmitted, ModuleEditorPageActions.publishClicked, (state): ModulesState => ({
      ...state,
      saving: true,
      saveError: null,
    })),
    on(ModuleEditorApiActions.moduleSaved, (state, { detail }): ModulesState => ({
      ...adapter.upsertOne(detail, state),
      saving: false,
      detailId: detail.id,
      detail,
      detailStatus: 'loaded',
    })),
    on(ModuleEditorApiActions.moduleSaveFailed, (state, { error }): ModulesState => ({ ...state, saving: false, saveError: error })),
    on(ModuleEditorPageActions.fileChosen, (state, { kind }): ModulesState => ({ ...state, upload: { kind, percent: 0 }, uploadError: null })),
    on(ModuleEditorApiActions.uploadProgressed, (state, { kind, percent }): ModulesState => ({ ...state, upload: { kind, percent } })),
    on(ModuleEditorApiActions.uploadSucceeded, (state, { detail }): ModulesState => ({
      ...adapter.upsertOne(detail, state),
      upload: null,
      detail: detail.id === state.detailId ? detail : state.detail,
    })),
    on(ModuleEditorApiActions.uploadFailed, (state, { kind, error }): ModulesState => ({ ...state, upload: null, uploadError: { kind, error } })),
    on(ModulesApiActions.moduleLoadFailed, (state, { moduleId, error }): ModulesState =>
      moduleId === state.detailId ? { ...state, detailStatus: 'failed', detailError: error } : state,
    ),
  ),
  extraSelectors: ({ selectModulesState, selectFilters }) => ({
    selectModules: createSelector(selectModulesState, adapter.getSelectors().selectAll),
    selectFiltered: createSelector(selectFilters, hasFilters),
  }),
});
