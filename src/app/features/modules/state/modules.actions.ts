import type { ModuleDetail, ModuleFilters, ModuleSummary } from '@koers/contracts';
import { createActionGroup, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';

export const ModuleLibraryPageActions = createActionGroup({
  source: 'Module Library Page',
  events: {
    'Filters Applied': props<{ filters: ModuleFilters }>(),
    'Retry Clicked': props<{ filters: ModuleFilters }>(),
  },
});

export const ModuleDetailPageActions = createActionGroup({
  source: 'Module Detail Page',
  events: {
    Opened: props<{ moduleId: string }>(),
    'Retry Clicked': props<{ moduleId: string }>(),
  },
});

export const ModulesApiActions = createActionGroup({
  source: 'Modules API',
  events: {
    'Modules Loaded': props<{ modules: ModuleSummary[] }>(),
    'Modules Load Failed': props<{ error: AppError }>(),
    'Module Loaded': props<{ detail: ModuleDetail }>(),
    'Module Load Failed': props<{ moduleId: string; error: AppError }>(),
  },
});
