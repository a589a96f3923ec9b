import type { PlayableLesson, PlayableStep, StudentLessonSummary } from '@koers/contracts';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { LessonPlayerPageActions, PlayerApiActions, StudentLessonsPageActions } from './player.actions';

export interface PlayerState {
  readonly lessons: readonly StudentLessonSummary[];
  readonly lessonsStatus: LoadStatus;
  readonly lessonsError: AppError | null;
  readonly lesson: PlayableLesson | null;
  readonly lessonStatus: LoadStatus;
  readonly lessonError: AppError | null;
  /** A staff preview: nothing is recorded. */
  readonly preview: boolean;
  /** Ids of finished steps (server progress ∪ this device). */
  readonly completed: readonly string[];
  /** The step on screen; equal to the step count when the summary is shown. */
  readonly current: number;
}

export const initialPlayerState: PlayerState = {
  lessons: [],
  lessonsStatus: 'idle',
  lessonsError: null,
  lesson: null,
  lessonStatus: 'idle',
  lessonError: null,
  preview: false,
  completed: [],
  current: 0,
};

/** Resume at the first step that is not finished (the summary when all are). */
export function resumeIndex(steps: readonly PlayableStep[], completed: readonly string[]): number {
  const done = new Set(completed);
  const index = steps.findIndex((step) => !done.has(step.id));
  return index === -1 ? steps.length : index;
}

export const playerFeature = createFeature({
  name: 'player',
  reducer: createReducer(
    initialPlayerState,
    on(StudentLessonsPageActions.opened, StudentLessonsPageActions.retryClicked, (state): PlayerState => ({ ...state, lessonsStatus: 'loading', lessonsError: null })),
    on(PlayerApiActions.lessonsLoaded, (state, { lessons }): PlayerState => ({ ...state, lessons, lessonsStatus: 'loaded' })),
    on(PlayerApiActions.lessonsLoadFailed, (state, { error }): PlayerState => ({ ...state, lessonsStatus: 'failed', lessonsError: error })),
    on(LessonPlayerPageActions.opened, LessonPlayerPageActions.previewOpened, (state): PlayerState => ({
      ...state,
      lesson: null,
      lessonStatus: 'loading',
      lessonError: null,
      completed: [],
      current: 0,
    })),
    on(PlayerApiActions.lessonLoaded, (state, { lesson, completedLocally, preview }): PlayerState => {
      const completed = [...new Set([...lesson.progress.filter((step) => step.completed).map((step) => step.stepId), ...completedLocally])];
      return { ...state, lesson, preview, completed, lessonStatus: 'loaded', current: preview ? 0 : resumeIndex(lesson.steps, completed) };
    }),
    on(PlayerApiActions.lessonLoadFailed, (state, { error }): PlayerState => ({ ...state, lessonStatus: 'failed', lessonError: error })),
    on(LessonPlayerPageActions.stepCompleted, (state, { stepId }): PlayerState => {
      if (!state.lesson) return state;
      const completed = state.completed.includes(stepId) ? state.completed : [...state.completed, stepId];
      const index = state.lesson.steps.findIndex((step) => step.id === stepId);
      return { ...state, completed, current: Math.min(state.lesson.steps.length, Math.max(state.current, index + 1)) };
    }),
    on(LessonPlayerPageActions.stepChosen, (state, { index }): PlayerState => {
      if (!state.lesson) return state;
      // Back to any step, forward only as far as the first unfinished one (a preview goes anywhere).
      const limit = state.preview ? state.lesson.steps.length - 1 : Math.max(resumeIndex(state.lesson.steps, state.completed), state.current);
      return index >= 0 && index <= limit ? { ...state, current: index } : state;
    }),
    on(LessonPlayerPageActions.closed, (state): PlayerState => ({ ...state, lesson: null, lessonStatus: 'idle', completed: [], current: 0 })),
  ),
  extraSelectors: ({ selectLesson, selectCurrent, selectCompleted, selectLessons }) => ({
    selectCurrentStep: createSelector(selectLesson, selectCurrent, (lesson, current) => lesson?.steps[current] ?? null),
    selectFinished: createSelector(selectLesson, selectCurrent, (lesson, current) => lesson !== null && current >= lesson.steps.length),
    selectStepItems: createSelector(selectLesson, selectCompleted, selectCurrent, (lesson, completed, current) =>
      (lesson?.steps ?? []).map((step, index) => ({ step, index, done: completed.includes(step.id), current: index === current })),
    ),
    selectProgressPercent: createSelector(selectLesson, selectCompleted, (lesson, completed) =>
      lesson && lesson.steps.length ? Math.round((lesson.steps.filter((step) => completed.includes(step.id)).length / lesson.steps.length) * 100) : 0,
    ),
    selectLessonGroups: createSelector(selectLessons, (lessons) => ({
      open: lessons.filter((lesson) => lesson.status === 'open'),
      upcoming: lessons.filter((lesson) => lesson.status === 'upcoming'),
      past: lessons.filter((lesson) => lesson.status === 'past'),
    })),
  }),
});
