import type { PlayableLesson } from '@koers/contracts';
import { LessonPlayerPageActions, PlayerApiActions } from './player.actions';
import { initialPlayerState, playerFeature, resumeIndex } from './player.feature';

const lesson: PlayableLesson = {
  scheduleId: 's1',
  code: 'ABC234',
  lessonId: 'l1',
  lessonVersion: 1,
  title: 'Kansrijk kiezen',
  description: '',
  lengthMinutes: 45,
  status: 'open',
  steps: [
    { id: 'pre', type: 'keuzemeting-voor' },
    { id: 'think', type: 'reflectie', question: 'Wat viel op?', options: [] },
    { id: 'post', type: 'keuzemeting-na' },
  ],
  progress: [{ stepId: 'pre', completed: true, progress: 1, scoreScaled: null }],
  keuzemetingen: { voor: null, na: null },
};
const reduce = playerFeature.reducer;

describe('player state', () => {
  it('resumes at the first unfinished step, from the server and this device together', () => {
    const state = reduce(initialPlayerState, PlayerApiActions.lessonLoaded({ lesson, preview: false, completedLocally: ['think'] }));
    expect(state.completed).toEqual(['pre', 'think']);
    expect(state.current).toBe(2);
    expect(resumeIndex(lesson.steps, ['pre', 'think', 'post'])).toBe(3);
  });

  it('starts a preview at the first step, whatever was played', () => {
    const state = reduce(initialPlayerState, PlayerApiActions.lessonLoaded({ lesson, preview: true, completedLocally: [] }));
    expect(state.current).toBe(0);
    expect(state.preview).toBeTrue();
  });

  it('moves on when a step is completed and shows the summary after the last', () => {
    let state = reduce(initialPlayerState, PlayerApiActions.lessonLoaded({ lesson, preview: false, completedLocally: [] }));
    state = reduce(state, LessonPlayerPageActions.stepCompleted({ stepId: 'think' }));
    expect(state.current).toBe(2);
    state = reduce(state, LessonPlayerPageActions.stepCompleted({ stepId: 'post' }));
    expect(playerFeature.selectFinished.projector(state.lesson, state.current)).toBeTrue();
    expect(playerFeature.selectProgressPercent.projector(state.lesson, state.completed)).toBe(100);
  });

  it('goes back to any step but not past the first unfinished one', () => {
    let state = reduce(initialPlayerState, PlayerApiActions.lessonLoaded({ lesson, preview: false, completedLocally: [] }));
    expect(state.current).toBe(1);
    state = reduce(state, LessonPlayerPageActions.stepChosen({ index: 0 }));
    expect(state.current).toBe(0);
    state = reduce(state, LessonPlayerPageActions.stepChosen({ index: 2 }));
    expect(state.current).toBe(0);
    state = reduce(state, LessonPlayerPageActions.stepChosen({ index: 1 }));
    expect(state.current).toBe(1);
  });

  it('lets a preview jump to any step', () => {
    let state = reduce(initialPlayerState, PlayerApiActions.lessonLoaded({ lesson, preview: true, completedLocally: [] }));
    state = reduce(state, LessonPlayerPageActions.stepChosen({ index: 2 }));
    expect(state.current).toBe(2);
    expect(reduce(state, LessonPlayerPageActions.stepChosen({ index: 3 })).current).toBe(2);
  });

  it('groups the student lessons by status', () => {
    const summary = { scheduleId: 'x', code: 'X', title: 'T', startsOn: '2026-11-01', endsOn: '2026-12-01', stepCount: 3, completedSteps: 0, totalMinutes: 20 };
    const groups = playerFeature.selectLessonGroups.projector([
      { ...summary, status: 'open' },
      { ...summary, scheduleId: 'y', status: 'past' },
    ]);
    expect(groups.open.length).toBe(1);
    expect(groups.upcoming).toEqual([]);
    expect(groups.past[0].scheduleId).toBe('y');
  });
});
