import type { ChoiceShiftReport, ChoiceShiftScope, ClassSummary, MeasurementPairing, MeasurementPairingInput, ScheduleSummary } from '@koers/contracts';
import { createActionGroup, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const ChoiceShiftPanelActions = createActionGroup({
  source: 'Choice Shift Panel',
  events: {
    Opened: props<{ scope: ChoiceShiftScope }>(),
    'Retry Clicked': props<{ scope: ChoiceShiftScope }>(),
  },
});

export const ChoiceShiftPageActions = createActionGroup({
  source: 'Choice Shift Page',
  events: {
    Opened: props<{ canPair: boolean }>(),
    'Pairing Submitted': props<{ input: MeasurementPairingInput }>(),
    'Pairing Delete Confirmed': props<{ id: string }>(),
  },
});

export const ChoiceShiftApiActions = createActionGroup({
  source: 'Choice Shift API',
  events: {
    'Report Loaded': props<{ key: string; report: ChoiceShiftReport }>(),
    'Report Load Failed': props<{ key: string; error: AppError }>(),
    'Lookups Loaded': props<{ schedules: ScheduleSummary[]; classes: ClassSummary[] }>(),
    'Lookups Load Failed': props<{ error: AppError }>(),
    'Pairings Loaded': props<{ pairings: MeasurementPairing[] }>(),
    'Pairings Load Failed': props<{ error: AppError }>(),
    'Pairing Created': props<{ pairing: MeasurementPairing }>(),
    'Pairing Create Failed': props<{ error: AppError }>(),
    'Pairing Deleted': props<{ id: string }>(),
    'Pairing Delete Failed': props<{ id: string; error: AppError }>(),
  },
});
