import { appError, classDetail, classSummary } from '../../../testing/fixtures';
import { ClassDetailPageActions, ClassOverviewPageActions, ClassesApiActions } from './classes.actions';
import { type ClassesState, classesFeature, initialClassesState } from './classes.feature';

const { reducer } = classesFeature;
const root = (classes: ClassesState) => ({ classes });

describe('classes feature', () => {
  it('lists classes by leerjaar, then niveau, then name', () => {
    const state = reducer(
      initialClassesState,
      ClassesApiActions.classesLoaded({
        classes: [
          classSummary({ id: 'c', name: 'V4B', niveau: 'vwo', leerjaar: 4 }),
          classSummary({ id: 'b', name: 'H2B', niveau: 'havo', leerjaar: 2 }),
          classSummary({ id: 'a', name: 'H2A', niveau: 'havo', leerjaar: 2 }),
          classSummary({ id: 'd', name: 'G3A', niveau: 'vmbo-gt', leerjaar: 3 }),
        ],
      }),
    );
    expect(classesFeature.selectClasses(root(state)).map((c) => c.name)).toEqual(['H2A', 'H2B', 'G3A', 'V4B']);
    expect(state.listStatus).toBe('loaded');
  });

  it('clears a load error when the user retries', () => {
    const failed = reducer(initialClassesState, ClassesApiActions.classesLoadFailed({ error: appError('unavailable') }));
    expect(failed.listError?.code).toBe('unavailable');
    const retrying = reducer(failed, ClassOverviewPageActions.retryClicked());
    expect(retrying).toEqual(jasmine.objectContaining({ listStatus: 'loading', listError: null }));
  });

  it('ignores a class that arrives after the user opened another one', () => {
    let state = reducer(initialClassesState, ClassDetailPageActions.opened({ classId: 'class-2' }));
    state = reducer(state, ClassesApiActions.classLoaded({ detail: classDetail({ id: 'class-1' }) }));
    expect(state.detail).toBeNull();
    expect(state.detailStatus).toBe('loading');
  });

  it('keeps the shown class while it reloads the same class', () => {
    const detail = classDetail();
    let state = reducer(initialClassesState, ClassDetailPageActions.opened({ classId: detail.id }));
    state = reducer(state, ClassesApiActions.classLoaded({ detail }));
    state = reducer(state, ClassDetailPageActions.opened({ classId: detail.id }));
    expect(state.detail).toBe(detail);
  });

  it('keeps the error of the class that failed to load', () => {
    let state = reducer(initialClassesState, ClassDetailPageActions.opened({ classId: 'class-1' }));
    state = reducer(state, ClassesApiActions.classLoadFailed({ classId: 'class-1', error: appError('forbidden', { status: 403 }) }));
    expect(state).toEqual(jasmine.objectContaining({ detailStatus: 'failed', detailError: appError('forbidden', { status: 403 }) }));
  });
});
