import type { ReportDocument, ReportShare, ReportShareInput } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const ReportPageActions = createActionGroup({
  source: 'Report Page',
  events: {
    Opened: emptyProps(),
    'Year Selected': props<{ schoolYear: string }>(),
    'Report Retry Clicked': props<{ schoolYear: string }>(),
    'Shares Retry Clicked': emptyProps(),
    'Share Submitted': props<{ input: ReportShareInput }>(),
    'Share Form Edited': emptyProps(),
    'Created Link Dismissed': emptyProps(),
    'Revoke Confirmed': props<{ shareId: string }>(),
  },
});

export const SharedReportPageActions = createActionGroup({
  source: 'Shared Report Page',
  events: {
    Opened: props<{ token: string }>(),
    'Retry Clicked': props<{ token: string }>(),
  },
});

export const ReportsApiActions = createActionGroup({
  source: 'Reports API',
  events: {
    'Report Loaded': props<{ schoolYear: string; report: ReportDocument }>(),
    'Report Load Failed': props<{ schoolYear: string; error: AppError }>(),
    'Shares Loaded': props<{ shares: readonly ReportShare[] }>(),
    'Shares Load Failed': props<{ error: AppError }>(),
    'Share Created': props<{ share: ReportShare }>(),
    'Share Create Failed': props<{ error: AppError }>(),
    'Share Revoked': props<{ shareId: string; revokedAt: string }>(),
    'Share Revoke Failed': props<{ error: AppError }>(),
    'Shared Report Loaded': props<{ report: ReportDocument }>(),
    'Shared Report Load Failed': props<{ error: AppError }>(),
  },
});
