import type { ChoiceShiftReport, MeasurementPairing, ScheduleSummary } from '@koers/contracts';

/** Fixed inputs for the choice-shift specs (numbers chosen by hand, not computed). */

export function suppressedReport(overrides: Partial<ChoiceShiftReport> = {}): ChoiceShiftReport {
  return {
    scope: { classId: 'class-1' },
    label: { nl: 'klas H3A', en: 'class H3A' },
    nPre: 8,
    nPost: 7,
    nPaired: 6,
    responseRate: 0.75,
    suppressed: { reason: 'too_few_pairs', minimum: 10 },
    kansrijk: null,
    prospectScore: null,
    certainty: null,
    transitions: null,
    scoreDistribution: null,
    missing: null,
    sampleSize: null,
    basis: { ruleVersions: [], illustrativePairs: 0, handEnteredPairs: 0, unknownFirstChoices: 0 },
    sentence: { nl: 'Te weinig gekoppelde metingen in klas H3A om iets te zeggen.', en: 'Too few paired measurements in class H3A to say anything.' },
    ...overrides,
  };
}

export function fullReport(overrides: Partial<ChoiceShiftReport> = {}): ChoiceShiftReport {
  return {
    scope: { classId: 'class-1' },
    label: { nl: 'klas H3A', en: 'class H3A' },
    nPre: 26,
    nPost: 24,
    nPaired: 23,
    responseRate: 23 / 26,
    suppressed: null,
    kansrijk: {
      before: { count: 9, share: 9 / 23, ci: [0.2209, 0.5871] },
      after: { count: 14, share: 14 / 23, ci: [0.4079, 0.7783] },
      difference: 5 / 23,
      differenceCi: [0.0213, 0.3912],
      table: { a: 8, b: '<5', c: 6, d: '•' },
      mcnemar: { p: 0.0412, midP: 0.0268 },
      oddsRatio: { or: 6, lower: 1.2, upper: 55.3 },
    },
    prospectScore: {
      n: 23,
      meanBefore: 3.21,
      meanAfter: 3.64,
      meanChange: 0.43,
      wilcoxon: { w: 40, p: 0.031, rankBiserial: 0.52, zerosDropped: 4, method: 'exact' },
    },
    certainty: {
      n: 23,
      meanBefore: 2.9,
      meanAfter: 3.4,
      meanChange: 0.5,
      wilcoxon: { w: 30, p: 0.0049, rankBiserial: 0.61, zerosDropped: 0, method: 'normal' },
    },
    transitions: {
      categories: ['zorg-welzijn', 'ict', 'weet-niet', 'onbekend'],
      cells: [
        [6, '<5', 0, '•'],
        ['<5', 5, 0, 0],
        ['<5', '•', 0, 0],
        [0, 0, 0, '<5'],
      ],
    },
    scoreDistribution: { before: [0, '<5', '•', '•', '<5', 0], after: [0, '<5', '•', 9, 5, 0] },
    missing: {
      nMissing: 3,
      completeCase: { before: 9 / 23, after: 14 / 23, difference: 5 / 23 },
      bestCase: { before: 9 / 26, after: 17 / 26, difference: 8 / 26 },
      worstCase: { before: 12 / 26, after: 14 / 26, difference: 2 / 26 },
      noChange: { before: 10 / 26, after: 15 / 26, difference: 5 / 26 },
    },
    sampleSize: { n: 62, nUnrounded: 61.4, pDiscordant: 0.3, difference: 0.1 },
    basis: { ruleVersions: [{ version: 2, minScore: 4, pairs: 23 }], illustrativePairs: 23, handEnteredPairs: 2, unknownFirstChoices: 1 },
    sentence: {
      nl: 'In klas H3A koos na de les 61 % een kansrijke eerste keuze, tegen 39 % ervoor.',
      en: 'In class H3A 61% chose a first choice with good prospects after the lesson, against 39% before.',
    },
    ...overrides,
  };
}

export function schedule(overrides: Partial<ScheduleSummary> = {}): ScheduleSummary {
  return {
    id: 'schedule-1',
    lessonId: 'lesson-1',
    lessonTitle: 'Kansrijk kiezen',
    lessonVersion: 1,
    classId: 'class-1',
    className: 'H3A',
    startsOn: '2026-10-01',
    endsOn: '2026-10-08',
    code: 'ABC234',
    studentPath: '/leerling/les/ABC234',
    status: 'past',
    ...overrides,
  };
}

export function pairing(overrides: Partial<MeasurementPairing> = {}): MeasurementPairing {
  return {
    id: 'pairing-1',
    name: 'Oriëntatie H3 najaar',
    pre: { scheduleId: 'schedule-1', lessonTitle: 'Kansrijk kiezen', classNames: ['H3A'], startsOn: '2026-10-01' },
    post: { scheduleId: 'schedule-2', lessonTitle: 'Terugblik', classNames: ['H3A'], startsOn: '2026-11-12' },
    createdBy: 'Ingrid de Vries',
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
