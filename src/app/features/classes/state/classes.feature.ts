import type { ClassDetail, ClassSummary } from '@koers/contracts';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { ClassDetailPageActions, ClassOverviewPageActions, ClassesApiActions } from './classes.actions';

/** Lower leerjaar first, then niveau, then name, as a school lists its classes. */
export function compareClasses(a: ClassSummary, b: ClassSummary): number {
  return a.leerjaar - b.leerjaar || a.niveau.localeCompare(b.niveau) || a.name.localeCompare(b.name, 'nl', { numeric: true });
}

const adapter = createEntityAdapter<ClassSummary>({ sortComparer: compareClasses });

export interface ClassesState extends EntityState<ClassSummary> {
  readonly listStatus: LoadStatus;
  readonly listError: AppError | null;
  readonly detailId: string | null;
  readonly detail: ClassDetail | null;
  readonly detailStatus: LoadStatus;
  readonly detailError: AppError | null;
}

export const initialClassesState: ClassesState = adapter.getInitialState({
  listStatus: 'idle',
  listError: null,
  detailId: null,
  detail: null,
  detailStatus: 'idle',
  detailError: null,
});

export const classesFeature = createFeature({
  name: 'classes',
  reducer: createReducer(
    initialClassesState,
    on(ClassOverviewPageActions.opened, ClassOverviewPageActions.retryClicked, (state): ClassesState => ({
      ...state,
      listStatus: 'loading',
      listError: null,
    })),
    on(ClassesApiActions.classesLoaded, (state, { classes }): ClassesState => ({
      ...adapter.setAll(classes, state),
      listStatus: 'loaded',
    })),
    on(ClassesApiActions.classesLoadFailed, (state, { error }): ClassesState => ({
      ...state,
      listStatus: 'failed',
      listError: error,
    })),
    on(ClassDetailPageActions.opened, ClassDetailPageActions.retryClicked, (state, { classId }): ClassesState => ({
      ...state,
      detailId: classId,
      detail: state.detail?.id === classId ? state.detail : null,
      detailStatus: 'loading',
      detailError: null,
    })),
    on(ClassesApiActions.classLoaded, (state, { detail }): ClassesState =>
      detail.id === state.detailId ? { ...state, detail, detailStatus: 'loaded' } : state,
    ),
    on(ClassesApiActions.classLoadFailed, (state, { classId, error }): ClassesState =>
      classId === state.detailId ? { ...state, detailStatus: 'failed', detailError: error } : state,
    ),
  ),
  extraSelectors: ({ selectClassesState }) => ({
    selectClasses: createSelector(selectClassesState, adapter.getSelectors().selectAll),
  }),
});
