import type { ClassSummary, CreateSchedulesRequest, LessonSummary, ScheduleSummary } from '@koers/contracts';
import { createActionGroup, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const PlanningPageActions = createActionGroup({
  source: 'Planning Page',
  events: {
    Opened: props<{ canPlan: boolean }>(),
    'Retry Clicked': props<{ canPlan: boolean }>(),
    'Plan Submitted': props<{ request: CreateSchedulesRequest }>(),
    'Delete Clicked': props<{ scheduleId: string }>(),
  },
});

export const HandoutPageActions = createActionGroup({
  source: 'Handout Page',
  events: { Opened: props<{ scheduleId: string }>() },
});

export const PlanningApiActions = createActionGroup({
  source: 'Planning API',
  events: {
    'Schedules Loaded': props<{ schedules: ScheduleSummary[] }>(),
    'Schedules Load Failed': props<{ error: AppError }>(),
    'Options Loaded': props<{ lessons: LessonSummary[]; classes: ClassSummary[] }>(),
    'Schedules Created': props<{ schedules: ScheduleSummary[] }>(),
    'Schedule Deleted': props<{ scheduleId: string }>(),
    'Change Failed': props<{ error: AppError }>(),
    'Schedule Loaded': props<{ schedule: ScheduleSummary }>(),
    'Schedule Load Failed': props<{ error: AppError }>(),
  },
});
