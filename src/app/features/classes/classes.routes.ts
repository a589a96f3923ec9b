import type { ResolveFn, Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import type { TranslationKey } from '../../core/i18n/dictionary';
import { provideChoiceShiftLookups } from '../choice-shift/choice-shift.routes';
import { ChoiceShiftPanel } from '../choice-shift/pages/choice-shift-panel';
import * as choiceShiftEffects from '../choice-shift/state/choice-shift.effects';
import { choiceShiftFeature } from '../choice-shift/state/choice-shift.feature';
import { CLASS_CHOICE_SHIFT_PANEL, ClassDetailPage } from './pages/class-detail-page';
import { ClassOverviewPage } from './pages/class-overview-page';
import * as classesEffects from './state/classes.effects';
import { classesFeature } from './state/classes.feature';

const overviewTitle: ResolveFn<TranslationKey> = (route) =>
  route.data['scope'] === 'own' ? 'titles.myClasses' : 'titles.classes';

/** Mounted under /decaan, /mentor and /beheer; `data.scope` ('school' | 'own') sets the wording. */
export default [
  {
    path: '',
    providers: [
      provideState(classesFeature),
      provideEffects(classesEffects),
      // The class detail page shows the class's keuzeverschuiving (choice-shift feature).
      provideState(choiceShiftFeature),
      provideEffects(choiceShiftEffects),
      // NgRx runs one copy of the functional effects: the first route that registers them. The
      // lookups they inject must therefore be provided here too, not only on the choice-shift page.
      provideChoiceShiftLookups(),
      { provide: CLASS_CHOICE_SHIFT_PANEL, useValue: ChoiceShiftPanel },
    ],
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
