import type { SchoolOverview } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const SchoolOverviewPageActions = createActionGroup({
  source: 'School Overview Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});

export const SchoolOverviewApiActions = createActionGroup({
  source: 'School Overview API',
  events: {
    'Overview Loaded': props<{ overview: SchoolOverview }>(),
    'Overview Load Failed': props<{ error: AppError }>(),
  },
});
