import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Router } from '@angular/router';
import type { ModuleDetail } from '@koers/contracts';
import { type Observable, catchError, concatMap, filter, map, mergeMap, of, switchMap, tap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { ModulesApi, type UploadEvent } from '../data/modules.api';
import {
  ModuleDetailPageActions,
  ModuleEditorApiActions,
  ModuleEditorPageActions,
  ModuleLibraryPageActions,
  ModulesApiActions,
  type UploadKind,
} from './modules.actions';

export const loadModules = createEffect(
  (actions$ = inject(Actions), api = inject(ModulesApi)) => {
    return actions$.pipe(
      ofType(ModuleLibraryPageActions.filtersApplied, ModuleLibraryPageActions.retryClicked),
      // A newer filter wins: switchMap drops the answer to the older one.
      switchMap(({ filters }) =>
        api.list(filters).pipe(
          map((modules) => ModulesApiActions.modulesLoaded({ modules })),
          catchError((error: unknown) => of(ModulesApiActions.modulesLoadFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadModule = createEffect(
  (actions$ = inject(Actions), api = inject(ModulesApi)) => {
    return actions$.pipe(
      ofType(ModuleDetailPageActions.opened, ModuleDetailPageActions.retryClicked),
      switchMap(({ moduleId }) =>
        api.get(moduleId).pipe(
          map((detail) => ModulesApiActions.moduleLoaded({ detail })),
          catchError((error: unknown) => of(ModulesApiActions.moduleLoadFailed({ moduleId, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Ratings are extra: when they fail to load the page still shows the module. */
export const loadRatings = createEffect(
  (actions$ = inject(Actions), api = inject(ModulesApi)) => {
    return actions$.pipe(
      ofType(ModuleDetailPageActions.opened, ModuleDetailPageActions.retryClicked),
      switchMap(({ moduleId }) =>
        api.ratings(moduleId).pipe(
          map((ratings) => ModulesApiActions.ratingsLoaded({ moduleId, ratings })),
          catchError((error: unknown) => of(ModulesApiActions.ratingsLoadFailed({ moduleId, error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

const saved = (created: boolean) => (detail: ModuleDetail) => ModuleEditorApiActions.moduleSaved({ detail, created });
const saveFailed = (error: unknown) => of(ModuleEditorApiActions.moduleSaveFailed({ error: toAppError(error) }));

export const saveModule = createEffect(
  (actions$ = inject(Actions), api = inject(ModulesApi)) => {
    return actions$.pipe(
      ofType(ModuleEditorPageActions.createSubmitted, ModuleEditorPageActions.updateSubmitted, ModuleEditorPageActions.publishClicked),
      // One save after the other, in the order the user asked.
      concatMap((action) => {
        if (action.type === ModuleEditorPageActions.createSubmitted.type) return api.create(action.request).pipe(map(saved(true)), catchError(saveFailed));
        if (action.type === ModuleEditorPageActions.updateSubmitted.type) return api.update(action.moduleId, action.request).pipe(map(saved(false)), catchError(saveFailed));
        return api.publish(action.moduleId).pipe(map(saved(false)), catchError(saveFailed));
      }),
    );
  },
  { functional: true },
);

/** After creating a module the editor continues on the new module, where files can be added. */
export const openCreatedModule = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(ModuleEditorApiActions.moduleSaved),
      filter(({ created }) => created),
      tap(({ detail }) => void router.navigateByUrl(router.url.replace(/\/nieuw(\?.*)?$/, `/${detail.id}/bewerken`), { replaceUrl: true })),
    );
  },
  { functional: true, dispatch: false },
);

function uploadActions(kind: UploadKind, events: Observable<UploadEvent>) {
  return events.pipe(
    map((event) =>
      'done' in event
        ? ModuleEditorApiActions.uploadSucceeded({ kind, detail: event.done })
        : ModuleEditorApiActions.uploadProgressed({ kind, percent: event.percent }),
    ),
    catchError((error: unknown) => of(ModuleEditorApiActions.uploadFailed({ kind, error: toAppError(error) }))),
  );
}

export const uploadFile = createEffect(
  (actions$ = inject(Actions), api = inject(ModulesApi)) => {
    return actions$.pipe(
      ofType(ModuleEditorPageActions.fileChosen),
      mergeMap(({ moduleId, kind, file }) => uploadActions(kind, api.upload(moduleId, kind, file))),
    );
  },
  { functional: true },
);
