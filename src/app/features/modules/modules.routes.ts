import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { GameDemoPage } from '../player/pages/game-demo-page';
import { ModuleDetailPage } from './pages/module-detail-page';
import { ModuleEditorPage } from './pages/module-editor-page';
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
      { path: 'nieuw', title: 'titles.moduleNew', component: ModuleEditorPage },
      { path: ':moduleId', title: 'titles.moduleDetail', component: ModuleDetailPage },
      { path: ':moduleId/bewerken', title: 'titles.moduleEdit', component: ModuleEditorPage },
      { path: ':moduleId/demo', title: 'titles.gameDemo', component: GameDemoPage },
    ],
  },
] satisfies Routes;
