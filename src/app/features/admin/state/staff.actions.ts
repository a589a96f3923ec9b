import type { StaffUserSummary } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const StaffPageActions = createActionGroup({
  source: 'Staff Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});

export const StaffApiActions = createActionGroup({
  source: 'Staff API',
  events: {
    'Staff Loaded': props<{ staff: StaffUserSummary[] }>(),
    'Staff Load Failed': props<{ error: AppError }>(),
  },
});
