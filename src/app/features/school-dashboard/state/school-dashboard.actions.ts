import type { ScheduleSummary, SchoolDashboard } from '@koers/contracts';
import { createActionGroup, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { SchoolDashboardFilters } from '../data/school-dashboard-filters';

export const SchoolDashboardPageActions = createActionGroup({
  source: 'School Dashboard Page',
  events: {
    /** The page opened with the filters in its URL. */
    Opened: props<{ filters: SchoolDashboardFilters }>(),
    /** The URL's filters changed (the form, a shared link, back/forward). */
    'Filters Changed': props<{ filters: SchoolDashboardFilters }>(),
    /** Asks again for the dashboard (and for the planning names, when those failed too). */
    'Retry Clicked': props<{ filters: SchoolDashboardFilters }>(),
  },
});

export const SchoolDashboardApiActions = createActionGroup({
  source: 'School Dashboard API',
  events: {
    'Dashboard Loaded': props<{ filters: SchoolDashboardFilters; dashboard: SchoolDashboard }>(),
    'Dashboard Load Failed': props<{ filters: SchoolDashboardFilters; error: AppError }>(),
    'Plannings Loaded': props<{ schedules: ScheduleSummary[] }>(),
    'Plannings Load Failed': props<{ error: AppError }>(),
  },
});
