import type { PlanningDashboard } from '@koers/contracts';
import { createActionGroup, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const PlanningDashboardPageActions = createActionGroup({
  source: 'Planning Dashboard Page',
  events: {
    Opened: props<{ scheduleId: string }>(),
    'Retry Clicked': props<{ scheduleId: string }>(),
  },
});

export const DashboardsApiActions = createActionGroup({
  source: 'Dashboards API',
  events: {
    'Planning Dashboard Loaded': props<{ scheduleId: string; dashboard: PlanningDashboard }>(),
    'Planning Dashboard Load Failed': props<{ scheduleId: string; error: AppError }>(),
  },
});
