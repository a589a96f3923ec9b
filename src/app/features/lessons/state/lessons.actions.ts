import type { LessonDetail, LessonLength, LessonStepView, LessonSummary, ModuleSummary } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const LessonListPageActions = createActionGroup({
  source: 'Lesson List Page',
  events: { Opened: emptyProps(), 'Retry Clicked': emptyProps() },
});

export const LessonBuilderPageActions = createActionGroup({
  source: 'Lesson Builder Page',
  events: {
    Opened: props<{ lessonId: string | null }>(),
    'Details Changed': props<{ title: string; description: string; lengthMinutes: LessonLength }>(),
    'Step Added': props<{ step: LessonStepView }>(),
    'Step Moved': props<{ from: number; to: number }>(),
    'Step Removed': props<{ index: number }>(),
    'Undo Clicked': emptyProps(),
    'Save Clicked': emptyProps(),
    'Duplicate Clicked': emptyProps(),
  },
});

export const LessonsApiActions = createActionGroup({
  source: 'Lessons API',
  events: {
    'Lessons Loaded': props<{ lessons: LessonSummary[] }>(),
    'Lessons Load Failed': props<{ error: AppError }>(),
    'Lesson Loaded': props<{ detail: LessonDetail }>(),
    'Lesson Load Failed': props<{ error: AppError }>(),
    'Modules Loaded': props<{ modules: ModuleSummary[] }>(),
    'Lesson Saved': props<{ detail: LessonDetail; created: boolean }>(),
    'Lesson Save Failed': props<{ error: AppError }>(),
    /** A reorder the server refused: the builder puts the steps back. */
    'Step Move Refused': props<{ from: number; to: number; error: AppError }>(),
    'Lesson Duplicated': props<{ detail: LessonDetail }>(),
  },
});
