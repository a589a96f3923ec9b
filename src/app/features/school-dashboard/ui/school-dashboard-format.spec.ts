import { TestBed } from '@angular/core/testing';
import { I18n } from '../../../core/i18n/i18n';
import { compareSummary, formatMean, formatPoints, monthLabel, planningText, shiftTexts, trendSummary } from './school-dashboard-format';

const NBSP = '\u00a0';

describe('school dashboard formatting', () => {
  let i18n: I18n;
  beforeEach(() => {
    i18n = TestBed.inject(I18n);
    i18n.use('nl');
  });

  it('writes means with a decimal comma, percentage points with a sign and months short', () => {
    expect(formatMean(3.8767, 'nl')).toBe('3,9');
    expect(formatMean(3.8767, 'en')).toBe('3.9');
    expect(formatMean(null, 'nl')).toBe('–');
    expect(formatPoints(0.128, 'nl')).toBe('+13');
    expect(formatPoints(-0.0078, 'nl')).toBe('−1');
    expect(formatPoints(0.001, 'nl')).toBe('0');
    expect(monthLabel('2026-11', 'nl')).toBe('nov 2026');
    expect(monthLabel('2026-03', 'en')).toBe('Mar 2026');
  });

  it('writes the choice shift with its interval, or why it is withheld', () => {
    expect(shiftTexts({ kind: 'shown', nPaired: 39, before: 0.564, after: 0.692, difference: 0.128, ci: [-0.0078, 0.2566] }, i18n)).toEqual({
      main: `56${NBSP}% → 69${NBSP}%`,
      detail: '+13 pp (−1 tot +26)',
      suppressed: false,
    });
    expect(shiftTexts({ kind: 'suppressed', nPaired: 6, needed: 4 }, i18n)).toEqual({ main: 'n = 6, te weinig', detail: null, suppressed: true });
  });

  it('names a planning by lesson, class and dates, or by a short id when its name is unknown', () => {
    const known = { scheduleId: 's1', lessonTitle: 'Kansrijk kiezen', className: 'G4B', startsOn: '2026-11-04', endsOn: '2026-11-09', path: '/x' };
    expect(planningText(known, i18n)).toBe('Kansrijk kiezen · klas G4B · 4-11-2026 t/m 9-11-2026');
    expect(planningText({ ...known, lessonTitle: null, scheduleId: 'c6808201-ec23-4dbd' }, i18n)).toBe('Planning c6808201');
  });

  it('summarises the comparison by the most and least reached groups, leaving out hidden ones', () => {
    expect(compareSummary(i18n, ['leerjaar 2', 'leerjaar 3', 'leerjaar 4'], [0, 0.26, null], [0, 0.23, null])).toBe(
      `Het meest bereikt: leerjaar 3 (26${NBSP}%). Het minst: leerjaar 2 (0${NBSP}%).`,
    );
    expect(compareSummary(i18n, ['G4B'], [null], [null])).toBe('Geen groep met genoeg leerlingen om een aandeel te tonen.');
  });

  it('summarises the trend: totals and the busiest month, or that nothing happened yet', () => {
    expect(trendSummary(i18n, ['sep 2026', 'okt 2026'], [5, 9], [2, 7], [0, 6])).toBe(
      'Van sep 2026 tot en met okt 2026: 14 keer een les begonnen, 9 keer afgerond, 6 leerlingen voor én na gemeten. Drukste maand: okt 2026 (9 begonnen).',
    );
    expect(trendSummary(i18n, ['nov 2026'], [3], [1], [0])).toBe('In nov 2026: 3 keer een les begonnen, 1 keer afgerond, 0 leerlingen voor én na gemeten.');
    expect(trendSummary(i18n, [], [], [], [])).toBe('Nog geen leerling is aan een geplande les begonnen.');
  });
});
