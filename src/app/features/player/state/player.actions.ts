import type { PlayableLesson, StudentLessonSummary } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const StudentLessonsPageActions = createActionGroup({
  source: 'Student Lessons Page',
  events: { opened: emptyProps(), retryClicked: emptyProps() },
});

export const LessonPlayerPageActions = createActionGroup({
  source: 'Lesson Player Page',
  events: {
    opened: props<{ code: string }>(),
    previewOpened: props<{ lessonId: string; version?: number }>(),
    stepCompleted: props<{ stepId: string }>(),
    stepChosen: props<{ index: number }>(),
    closed: emptyProps(),
  },
});

export const PlayerApiActions = createActionGroup({
  source: 'Player API',
  events: {
    lessonsLoaded: props<{ lessons: StudentLessonSummary[] }>(),
    lessonsLoadFailed: props<{ error: AppError }>(),
    /** `completedLocally`: steps this device finished whose statements may still be in the outbox. */
    lessonLoaded: props<{ lesson: PlayableLesson; completedLocally: string[]; preview: boolean }>(),
    lessonLoadFailed: props<{ error: AppError }>(),
  },
});
