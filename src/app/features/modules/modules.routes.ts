import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { ModuleDetailPage } from './pages/module-detail-page';
import { ModuleLibraryPage } from './pages/module-library-page';
import * as modulesEffects from './state/modules.effects';
import { modulesFeature } from './state/modules.feature';

/** Mounted under /decaan and /beheer. */
export default [
  {
    path: 'modules',
    providers: [provideState(modulesFeature), provideEffects(modulesEffects)],
    children: [
      { path: '', title: 'titles.modules', component: ModuleLibraryPage },
      { path: ':moduleId', title: 'titles.moduleDetail', component: ModuleDetailPage },
    ],
  },
] satisfies Routes;
