import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { ClassesApi } from '../classes/data/classes.api';
import { PlanningApi } from '../planning/data/planning.api';
import { CHOICE_SHIFT_LOOKUPS, type ChoiceShiftLookups } from './data/choice-shift.api';
import { ChoiceShiftPage } from './pages/choice-shift-page';
import * as choiceShiftEffects from './state/choice-shift.effects';
import { choiceShiftFeature } from './state/choice-shift.feature';

/** The plannings and classes to pick from come from the planning and classes features' own API services. */
export function provideChoiceShiftLookups() {
  return {
    provide: CHOICE_SHIFT_LOOKUPS,
    useFactory: (): ChoiceShiftLookups => {
      const planning = inject(PlanningApi);
      const classes = inject(ClassesApi);
      return { schedules: () => planning.list(), classes: () => classes.list() };
    },
  };
}

/** Mounted under /decaan and /mentor (`data.scope` 'school' | 'own'; the server limits a mentor to own classes). */
export default [
  {
    path: 'keuzeverschuiving',
    title: 'titles.choiceShift',
    providers: [provideState(choiceShiftFeature), provideEffects(choiceShiftEffects), provideChoiceShiftLookups()],
    component: ChoiceShiftPage,
  },
] satisfies Routes;
