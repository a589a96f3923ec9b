import type { LessonSummary, ModuleSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { EMPTY_DRAFT, draftFrom, moveStep, totalMinutes, type LessonDraft } from './lesson-draft';
import { LessonBuilderPageActions, LessonListPageActions, LessonsApiActions } from './lessons.actions';

const adapter = createEntityAdapter<LessonSummary>({ sortComparer: (a, b) => a.title.localeCompare(b.title, 'nl') });
const UNDO_DEPTH = 50;

export interface LessonsState extends EntityState<LessonSummary> {
  readonly listStatus: LoadStatus;
  readonly listError: AppError | null;
  /** The lesson open in the builder (null: a new one), its saved version and whether it is scheduled. */
  readonly lessonId: string | null;
  readonly version: number | null;
  readonly locked: boolean;
  readonly draft: LessonDraft;
  /** Earlier drafts, newest last, for undo. */
  readonly history: readonly LessonDraft[];
  readonly builderStatus: LoadStatus;
  readonly builderError: AppError | null;
  readonly saving: boolean;
  readonly modules: readonly ModuleSummary[];
}

export const initialLessonsState: LessonsState = adapter.getInitialState({
  listStatus: 'idle',
  listError: null,
  lessonId: null,
  version: null,
  locked: false,
  draft: EMPTY_DRAFT,
  history: [],
  builderStatus: 'idle',
  builderError: null,
  saving: false,
  modules: [],
});

/** A change the user can undo. */
function edit(state: LessonsState, draft: LessonDraft): LessonsState {
  if (draft === state.draft) return state;
  return { ...state, draft, history: [...state.history, state.draft].slice(-UNDO_DEPTH) };
}

export const lessonsFeature = createFeature({
  name: 'lessons',
  reducer: createReducer(
    initialLessonsState,
    on(LessonListPageActions.opened, LessonListPageActions.retryClicked, (state): LessonsState => ({ ...state, listStatus: 'loading', listError: null })),
    on(LessonsApiActions.lessonsLoaded, (state, { lessons }): LessonsState => ({ ...adapter.setAll(lessons, state), listStatus: 'loaded' })),
    on(LessonsApiActions.lessonsLoadFailed, (state, { error }): LessonsState => ({ ...state, listStatus: 'failed', listError: error })),
    on(LessonBuilderPageActions.opened, (state, { lessonId }): LessonsState => ({
      ...state,
      lessonId,
      version: null,
      locked: false,
      draft: EMPTY_DRAFT,
      history: [],
      builderStatus: lessonId ? 'loading' : 'loaded',
      builderError: null,
    })),
    on(LessonsApiActions.lessonLoaded, (state, { detail }): LessonsState =>
      detail.id === state.lessonId
        ? { ...state, version: detail.version, locked: detail.locked, draft: draftFrom(detail), history: [], builderStatus: 'loaded' }
        : state,
    ),
    on(LessonsApiActions.lessonLoadFailed, (state, { error }): LessonsState => ({ ...state, builderStatus: 'failed', builderError: error })),
    on(LessonsApiActions.modulesLoaded, (state, { modules }): LessonsState => ({ ...state, modules })),
    on(LessonBuilderPageActions.detailsChanged, (state, details): LessonsState => edit(state, { ...state.draft, ...details })),
    on(LessonBuilderPageActions.stepAdded, (state, { step }): LessonsState => {
      // New modules go before the closing keuzemeting, so the measurement stays last.
      const steps = state.draft.steps;
      const at = steps.at(-1)?.type === 'keuzemeting-na' ? steps.length - 1 : steps.length;
      return edit(state, { ...state.draft, steps: [...steps.slice(0, at), step, ...steps.slice(at)] });
    }),
    on(LessonBuilderPageActions.stepMoved, (state, { from, to }): LessonsState =>
      edit(state, { ...state.draft, steps: moveStep(state.draft.steps, from, to) }),
    ),
    on(LessonBuilderPageActions.stepRemoved, (state, { index }): LessonsState =>
      edit(state, { ...state.draft, steps: state.draft.steps.filter((_, i) => i !== index) }),
    ),
    on(LessonBuilderPageActions.undoClicked, (state): LessonsState =>
      state.history.length ? { ...state, draft: state.history[state.history.length - 1], history: state.history.slice(0, -1) } : state,
    ),
    on(LessonsApiActions.stepMoveRefused, (state, { from, to }): LessonsState => ({
      ...state,
      draft: { ...state.draft, steps: moveStep(state.draft.steps, to, from) },
      history: state.history.slice(0, -1),
    })),
    on(LessonBuilderPageActions.saveClicked, LessonBuilderPageActions.duplicateClicked, (state): LessonsState => ({ ...state, saving: true, builderError: null })),
    on(LessonsApiActions.lessonSaved, (state, { detail }): LessonsState => ({
      ...adapter.upsertOne(detail, state),
      lessonId: detail.id,
      version: detail.version,
      locked: detail.locked,
      saving: false,
    })),
    on(LessonsApiActions.lessonSaveFailed, (state, { error }): LessonsState => ({ ...state, saving: false, builderError: error })),
    on(LessonsApiActions.lessonDuplicated, (state, { detail }): LessonsState => ({ ...adapter.upsertOne(detail, state), saving: false })),
  ),
  extraSelectors: ({ selectLessonsState, selectDraft, selectHistory }) => ({
    selectLessons: createSelector(selectLessonsState, adapter.getSelectors().selectAll),
    selectTotalMinutes: createSelector(selectDraft, (draft) => totalMinutes(draft.steps)),
    selectOverLength: createSelector(selectDraft, (draft) => totalMinutes(draft.steps) > draft.lengthMinutes),
    selectCanUndo: createSelector(selectHistory, (history) => history.length > 0),
  }),
});
