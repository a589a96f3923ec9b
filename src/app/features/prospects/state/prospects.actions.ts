import type {
  KansrijkRuleChange,
  KansrijkRuleState,
  Opleiding,
  ProspectImportReport,
  ProspectImportRequest,
  ProspectImportSummary,
  ProspectIndicator,
  ProspectIndicatorInput,
} from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { IndicatorFilters } from '../data/prospects.api';

export const ProspectsPageActions = createActionGroup({
  source: 'Prospects Page',
  events: {
    Opened: props<{ filters: IndicatorFilters }>(),
    'Retry Clicked': props<{ filters: IndicatorFilters }>(),
    'Filters Changed': props<{ filters: IndicatorFilters }>(),
    'Entry Dialog Opened': emptyProps(),
    'Opleiding Search Changed': props<{ query: string }>(),
    'Indicator Submitted': props<{ input: ProspectIndicatorInput }>(),
    'Withdraw Confirmed': props<{ indicatorId: string }>(),
    'Import Form Edited': emptyProps(),
    'Import Requested': props<{ request: ProspectImportRequest }>(),
    'Rule Change Submitted': props<{ change: KansrijkRuleChange }>(),
  },
});

export const ProspectsApiActions = createActionGroup({
  source: 'Prospects API',
  events: {
    'Indicators Loaded': props<{ indicators: readonly ProspectIndicator[] }>(),
    'Indicators Load Failed': props<{ error: AppError }>(),
    'Opleidingen Found': props<{ opleidingen: readonly Opleiding[] }>(),
    'Indicator Created': props<{ indicator: ProspectIndicator }>(),
    'Indicator Create Failed': props<{ error: AppError }>(),
    'Indicator Withdrawn': props<{ indicatorId: string }>(),
    'Indicator Withdraw Failed': props<{ error: AppError }>(),
    'Imports Loaded': props<{ imports: readonly ProspectImportSummary[] }>(),
    'Imports Load Failed': props<{ error: AppError }>(),
    'Import Reported': props<{ report: ProspectImportReport }>(),
    'Import Failed': props<{ error: AppError }>(),
    'Rule Loaded': props<{ rule: KansrijkRuleState }>(),
    'Rule Load Failed': props<{ error: AppError }>(),
    'Rule Changed': props<{ rule: KansrijkRuleState }>(),
    'Rule Change Failed': props<{ error: AppError }>(),
  },
});
