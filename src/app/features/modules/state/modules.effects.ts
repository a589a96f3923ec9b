import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { toAppError } from '../../../core/http/app-error';
import { ModulesApi } from '../data/modules.api';
import { ModuleDetailPageActions, ModuleLibraryPageActions, ModulesApiActions } from './modules.actions';

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
