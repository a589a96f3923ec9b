import type { ClassDetail, ClassSummary } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const ClassOverviewPageActions = createActionGroup({
  source: 'Class Overview Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});

export const ClassDetailPageActions = createActionGroup({
  source: 'Class Detail Page',
  events: {
    Opened: props<{ classId: string }>(),
    'Retry Clicked': props<{ classId: string }>(),
  },
});

export const ClassesApiActions = createActionGroup({
  source: 'Classes API',
  events: {
    'Classes Loaded': props<{ classes: ClassSummary[] }>(),
    'Classes Load Failed': props<{ error: AppError }>(),
    'Class Loaded': props<{ detail: ClassDetail }>(),
    'Class Load Failed': props<{ classId: string; error: AppError }>(),
  },
});
