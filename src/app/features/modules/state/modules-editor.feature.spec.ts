import { appError, moduleSummary } from '../../../testing/fixtures';
import { ModuleEditorApiActions, ModuleEditorPageActions } from './modules.actions';
import { initialModulesState, modulesFeature } from './modules.feature';

const { reducer } = modulesFeature;
const file = new File(['x'], 'ondertiteling.vtt');

describe('module editor state', () => {
  it('tracks one upload from 0% to done and shows the new file on the module', () => {
    let state = reducer(initialModulesState, ModuleEditorPageActions.fileChosen({ moduleId: 'module-1', kind: 'video', file }));
    expect(state.upload).toEqual({ kind: 'video', percent: 0 });
    state = reducer(state, ModuleEditorApiActions.uploadProgressed({ kind: 'video', percent: 60 }));
    expect(state.upload?.percent).toBe(60);
    const detail = { ...moduleSummary({ videoUrl: '/api/media/s/new.mp4' }), versions: [], usedIn: [] };
    state = reducer({ ...state, detailId: 'module-1' }, ModuleEditorApiActions.uploadSucceeded({ kind: 'video', detail }));
    expect(state.upload).toBeNull();
    expect(state.detail?.videoUrl).toBe('/api/media/s/new.mp4');
  });

  it('keeps the failure per kind of file and clears it on the next try', () => {
    const error = appError('unsupported_media_type', { status: 415 });
    let state = reducer(initialModulesState, ModuleEditorApiActions.uploadFailed({ kind: 'video', error }));
    expect(state.uploadError).toEqual({ kind: 'video', error });
    state = reducer(state, ModuleEditorPageActions.fileChosen({ moduleId: 'module-1', kind: 'video', file }));
    expect(state.uploadError).toBeNull();
  });

  it('marks saving while a save is under way and keeps its error', () => {
    let state = reducer(initialModulesState, ModuleEditorPageActions.publishClicked({ moduleId: 'module-1' }));
    expect(state.saving).toBeTrue();
    state = reducer(state, ModuleEditorApiActions.moduleSaveFailed({ error: appError('validation', { status: 422 }) }));
    expect(state.saving).toBeFalse();
    expect(state.saveError?.status).toBe(422);
  });
});
