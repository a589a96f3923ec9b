import type { GroupFigures, ModuleFigures, ScheduleSummary, SchoolDashboard, ShiftSummary } from '@koers/contracts';

export function shiftSummary(overrides: Partial<ShiftSummary> = {}): ShiftSummary {
  return { nPaired: 39, before: 0.56, after: 0.69, difference: 0.13, differenceCi: [-0.008, 0.257], suppressed: false, ...overrides };
}

export const SUPPRESSED_SHIFT: ShiftSummary = { nPaired: 6, before: null, after: null, difference: null, differenceCi: null, suppressed: true };

export function groupFigures(overrides: Partial<GroupFigures> = {}): GroupFigures {
  return {
    key: 'school',
    label: { nl: 'hele school', en: 'whole school' },
    students: 160,
    scheduleIds: ['schedule-1', 'schedule-2'],
    reached: 43,
    completed: 39,
    ratings: 73,
    realismMean: 3.8767,
    shift: shiftSummary(),
    ...overrides,
  };
}

export function moduleFigures(overrides: Partial<ModuleFigures> = {}): ModuleFigures {
  return {
    moduleId: 'module-1',
    moduleVersion: 1,
    title: 'Mediavormgever: creatief werk',
    type: 'video',
    scheduleIds: ['schedule-2'],
    started: 22,
    completed: 13,
    medianWatchThrough: 0.9,
    ratings: 18,
    realismMean: 4.2222,
    learnedYesShare: 0.3889,
    shift: shiftSummary({ nPaired: 20, before: 0.65, after: 0.7, difference: 0.05, differenceCi: [-0.139, 0.235] }),
    ...overrides,
  };
}

export function schedule(overrides: Partial<ScheduleSummary> = {}): ScheduleSummary {
  return {
    id: 'schedule-1',
    lessonId: 'lesson-1',
    lessonTitle: 'Kansrijk kiezen',
    lessonVersion: 1,
    classId: 'class-g3a',
    className: 'G3A',
    startsOn: '2026-12-01',
    endsOn: '2026-12-08',
    code: 'KX7P4Q',
    studentPath: '/leerling/les/KX7P4Q',
    status: 'past',
    ...overrides,
  };
}

/** A school with two classes: G3A (30, a shown shift) and G4B (3 students: '<5', suppressed shift). */
export function schoolDashboard(overrides: Partial<SchoolDashboard> = {}): SchoolDashboard {
  const g3a = groupFigures({ key: 'class-g3a', label: { nl: 'G3A', en: 'G3A' }, students: 30, scheduleIds: ['schedule-1'], reached: 21, completed: 19, ratings: 25, realismMean: 3.8 });
  const g4b = groupFigures({
    key: 'class-g4b',
    label: { nl: 'G4B', en: 'G4B' },
    students: 8,
    scheduleIds: ['schedule-2'],
    reached: '<5',
    completed: '<5',
    ratings: 3,
    realismMean: 4,
    shift: SUPPRESSED_SHIFT,
  });
  return {
    school: groupFigures({ students: 38, reached: 24, completed: 21, ratings: 28 }),
    byClass: [g3a, g4b],
    byLeerjaar: [
      { ...g3a, key: 'leerjaar-3', label: { nl: 'leerjaar 3', en: 'year 3' } },
      { ...g4b, key: 'leerjaar-4', label: { nl: 'leerjaar 4', en: 'year 4' } },
    ],
    byNiveau: [groupFigures({ key: 'niveau-vmbo-gt', label: { nl: 'vmbo-gt', en: 'vmbo-gt' }, students: 38, reached: 24, completed: 21 })],
    modules: [moduleFigures(), moduleFigures({ moduleId: 'module-2', title: 'Kans of geen kans?', type: 'game', medianWatchThrough: null, shift: SUPPRESSED_SHIFT, scheduleIds: ['schedule-1', 'schedule-2'] })],
    trend: [
      { month: '2026-09', started: 5, completed: 2, paired: 0 },
      { month: '2026-11', started: 22, completed: 20, paired: 20 },
    ],
    ...overrides,
  };
}

/** No planning at all within the filters. */
export function emptySchoolDashboard(): SchoolDashboard {
  const empty = groupFigures({ scheduleIds: [], reached: 0, completed: 0, ratings: 0, realismMean: null, shift: { ...SUPPRESSED_SHIFT, nPaired: 0 } });
  return { school: empty, byClass: [], byLeerjaar: [], byNiveau: [], modules: [], trend: [] };
}
