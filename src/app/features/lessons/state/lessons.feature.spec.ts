import { appError, moduleSummary } from '../../../testing/fixtures';
import { EMPTY_DRAFT, moduleStep, moveStep, toRequest } from './lesson-draft';
import { LessonBuilderPageActions, LessonsApiActions } from './lessons.actions';
import { initialLessonsState, lessonsFeature } from './lessons.feature';

const { reducer, selectTotalMinutes, selectOverLength, selectCanUndo } = lessonsFeature;
const video = moduleStep(moduleSummary({ id: 'm1', title: 'Verpleegkundige', durationSeconds: 40 * 60 }));

describe('lesson builder state', () => {
  const opened = reducer(initialLessonsState, LessonBuilderPageActions.opened({ lessonId: null }));

  it('starts a new lesson with a keuzemeting before and after', () => {
    expect(opened.draft.steps.map((s) => s.type)).toEqual(['keuzemeting-voor', 'keuzemeting-na']);
  });

  it('adds a module before the closing keuzemeting', () => {
    const state = reducer(opened, LessonBuilderPageActions.stepAdded({ step: video }));
    expect(state.draft.steps.map((s) => s.type)).toEqual(['keuzemeting-voor', 'video', 'keuzemeting-na']);
  });

  it('adds up the minutes and warns when the steps do not fit the lesson length', () => {
    let state = reducer(opened, LessonBuilderPageActions.stepAdded({ step: video }));
    expect(selectTotalMinutes.projector(state.draft)).toBe(2 + 40 + 2);
    expect(selectOverLength.projector(state.draft)).toBeFalse();
    state = reducer(state, LessonBuilderPageActions.detailsChanged({ title: 'Zorg', description: '', lengthMinutes: 45 }));
    state = reducer(state, LessonBuilderPageActions.stepAdded({ step: { ...video, id: 'second' } }));
    expect(selectOverLength.projector(state.draft)).toBeTrue();
  });

  it('undoes the last change, step by step', () => {
    let state = reducer(opened, LessonBuilderPageActions.stepAdded({ step: video }));
    state = reducer(state, LessonBuilderPageActions.stepMoved({ from: 1, to: 0 }));
    expect(state.draft.steps[0].type).toBe('video');
    state = reducer(state, LessonBuilderPageActions.undoClicked());
    expect(state.draft.steps[1].type).toBe('video');
    state = reducer(state, LessonBuilderPageActions.undoClicked());
    expect(state.draft).toEqual(EMPTY_DRAFT);
    expect(selectCanUndo.projector(state.history)).toBeFalse();
  });

  it('puts a reordered step back when the server refuses the new order', () => {
    let state = reducer(opened, LessonBuilderPageActions.stepAdded({ step: video }));
    const before = state.draft.steps.map((s) => s.id);
    state = reducer(state, LessonBuilderPageActions.stepMoved({ from: 1, to: 2 }));
    state = reducer(state, LessonsApiActions.stepMoveRefused({ from: 1, to: 2, error: appError('validation') }));
    expect(state.draft.steps.map((s) => s.id)).toEqual(before);
  });
});

describe('lesson draft helpers', () => {
  it('moves within bounds and ignores impossible moves', () => {
    expect(moveStep(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveStep(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('sends steps without their display title and minutes', () => {
    const request = toRequest({ ...EMPTY_DRAFT, title: ' Zorg ', steps: [video] });
    expect(request.title).toBe('Zorg');
    expect(request.steps).toEqual([{ id: video.id, type: 'video', moduleId: 'm1', moduleVersion: 1 }]);
  });
});
