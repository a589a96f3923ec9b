import type { ScheduleSummary } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const PlanningPageActions = createActionGroup({
  source: 'Planning Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});

export const PlanningApiActions = createActionGroup({
  source: 'Planning API',
  events: {
    'Schedules Loaded': props<{ schedules: ScheduleSummary[] }>(),
    'Schedules Load Failed': props<{ error: AppError }>(),
  },
});
