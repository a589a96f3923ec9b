import type { CreateModuleRequest, ModuleDetail, ModuleFilters, ModuleRatings, ModuleSummary, UpdateModuleRequest } from '@koers/contracts';
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
    'Ratings Loaded': props<{ moduleId: string; ratings: ModuleRatings }>(),
    'Ratings Load Failed': props<{ moduleId: string; error: AppError }>(),
  },
});

export type UploadKind = 'video' | 'captions' | 'thumbnail';

export const ModuleEditorPageActions = createActionGroup({
  source: 'Module Editor Page',
  events: {
    'Create Submitted': props<{ request: CreateModuleRequest }>(),
    'Update Submitted': props<{ moduleId: string; request: UpdateModuleRequest }>(),
    'Publish Clicked': props<{ moduleId: string }>(),
    'File Chosen': props<{ moduleId: string; kind: UploadKind; file: File }>(),
  },
});

export const ModuleEditorApiActions = createActionGroup({
  source: 'Module Editor API',
  events: {
    'Module Saved': props<{ detail: ModuleDetail; created: boolean }>(),
    'Module Save Failed': props<{ error: AppError }>(),
    'Upload Progressed': props<{ kind: UploadKind; percent: number }>(),
    'Upload Succeeded': props<{ kind: UploadKind; detail: ModuleDetail }>(),
    'Upload Failed': props<{ kind: UploadKind; error: AppError }>(),
  },
});
