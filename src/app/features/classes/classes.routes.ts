import type { ResolveFn, Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import type { TranslationKey } from '../../core/i18n/dictionary';
import { ClassDetailPage } from './pages/class-detail-page';
import { ClassOverviewPage } from './pages/class-overview-page';
import * as classesEffects from './state/classes.effects';
import { classesFeature } from './state/classes.feature';

const overviewTitle: ResolveFn<TranslationKey> = (route) =>
  route.data['scope'] === 'own' ? 'titles.myClasses' : 'titles.classes';

/** Mounted under /decaan, /mentor and /beheer; `data.scope` ('school' | 'own') sets the wording. */
export default [
  {
    path: '',
    providers: [provideState(classesFeature), provideEffects(classesEffects)],
    children: [
      {
        path: 'klassen',
        children: [
          { path: '', title: overviewTitle, component: ClassOverviewPage },
          { path: ':classId', title: 'titles.classDetail', component: ClassDetailPage },
        ],
      },
    ],
  },
] satisfies Routes;
