import { appError, moduleSummary } from '../../../testing/fixtures';
import { ModuleDetailPageActions, ModuleLibraryPageActions, ModulesApiActions } from './modules.actions';
import { initialModulesState, modulesFeature } from './modules.feature';

const { reducer, selectModules, selectFiltered } = modulesFeature;

describe('modules state', () => {
  it('remembers the applied filters and loads', () => {
    const state = reducer(initialModulesState, ModuleLibraryPageActions.filtersApplied({ filters: { sector: 'ict' } }));
    expect(state.listStatus).toBe('loading');
    expect(selectFiltered.projector(state.filters)).toBeTrue();
  });

  it('lists loaded modules by title, in Dutch order', () => {
    const modules = [moduleSummary({ id: 'b', title: 'Timmerman' }), moduleSummary({ id: 'a', title: 'Elektromonteur' })];
    const state = reducer(initialModulesState, ModulesApiActions.modulesLoaded({ modules }));
    expect(selectModules.projector(state).map((m) => m.title)).toEqual(['Elektromonteur', 'Timmerman']);
    expect(state.listStatus).toBe('loaded');
  });

  it('keeps a load failure for the page to show', () => {
    const error = appError('unavailable', { status: 0 });
    expect(reducer(initialModulesState, ModulesApiActions.modulesLoadFailed({ error })).listError).toBe(error);
  });

  it('ignores a late answer for a module that is no longer open', () => {
    const opened = reducer(initialModulesState, ModuleDetailPageActions.opened({ moduleId: 'new' }));
    const late = reducer(opened, ModulesApiActions.moduleLoaded({ detail: { ...moduleSummary({ id: 'old' }), versions: [], usedIn: [] } }));
    expect(late.detail).toBeNull();
    expect(late.detailStatus).toBe('loading');
  });
});
