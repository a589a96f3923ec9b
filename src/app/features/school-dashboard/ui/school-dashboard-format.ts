import { MIN_PAIRED_FOR_STATISTICS } from '@koers/contracts';
import type { Language } from '../../../core/i18n/dictionary';
import type { I18n } from '../../../core/i18n/i18n';
import { formatShare } from '../../../shared/charts/chart-format';
import { shortSchoolDate } from '../../../shared/format/dates';
import { formatNumber, formatPoints, localeOf } from '../../../shared/format/numbers';
import type { CountView, LocalLabel, PlanningRef, ShiftView } from '../state/school-dashboard-view';

export { formatPoints } from '../../../shared/format/numbers';

/** A mean with one decimal ("3,9"), or "–" when there is none. */
export function formatMean(value: number | null, language: Language): string {
  return value === null || !Number.isFinite(value) ? '–' : formatNumber(value, language, 1);
}

/** yyyy-mm → "nov 2026" / "Nov 2026". */
export function monthLabel(month: string, language: Language): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  const text = new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 15)));
  return text.replace('.', '');
}

export const localLabel = (label: LocalLabel, language: Language) => (language === 'en' ? label.en : label.nl);

/** A count of students as written in a table: "12" or "<5". */
export function countText(count: CountView, i18n: I18n): string {
  return count.kind === 'small' ? i18n.translate('schoolDashboard.small') : String(count.value);
}

/** A count with its share of the group: "12 (40 %)", "<5". */
export function countWithShare(count: CountView, i18n: I18n): string {
  if (count.kind === 'small') return i18n.translate('schoolDashboard.small');
  return count.share === null ? String(count.value) : `${count.value} (${formatShare(count.share, i18n.language())})`;
}

/** The choice shift in two short lines for a table cell, or why it is not shown. */
export function shiftTexts(shift: ShiftView, i18n: I18n): { readonly main: string; readonly detail: string | null; readonly suppressed: boolean } {
  const language = i18n.language();
  if (shift.kind === 'suppressed') return { main: i18n.translate('schoolDashboard.shift.suppressed', { n: shift.nPaired }), detail: null, suppressed: true };
  const main = i18n.translate('schoolDashboard.shift.beforeAfter', { before: formatShare(shift.before, language), after: formatShare(shift.after, language) });
  const detail = shift.ci
    ? i18n.translate('schoolDashboard.shift.difference', {
        difference: formatPoints(shift.difference, language),
        lower: formatPoints(shift.ci[0], language),
        upper: formatPoints(shift.ci[1], language),
      })
    : `${formatPoints(shift.difference, language)} pp`;
  return { main, detail, suppressed: false };
}

/** A planning as a link text: "Kansrijk kiezen · klas G4B · 23-11-2026 t/m 30-11-2026". */
export function planningText(planning: PlanningRef, i18n: I18n): string {
  if (planning.lessonTitle === null || planning.className === null || planning.startsOn === null || planning.endsOn === null) {
    return i18n.translate('schoolDashboard.trace.unknown', { id: planning.scheduleId.slice(0, 8) });
  }
  return i18n.translate('schoolDashboard.trace.planning', {
    lesson: planning.lessonTitle,
    className: planning.className,
    from: shortSchoolDate(planning.startsOn),
    to: shortSchoolDate(planning.endsOn),
  });
}

export const SHIFT_MINIMUM = MIN_PAIRED_FOR_STATISTICS;

/** Which group was reached most and least (of the groups with a share to show). */
export function compareSummary(i18n: I18n, categories: readonly string[], reached: readonly (number | null)[], completed: readonly (number | null)[]): string {
  const language = i18n.language();
  const shown = categories.map((name, index) => ({ name, reached: reached[index], completed: completed[index] })).filter((group) => group.reached !== null && group.reached !== undefined);
  if (shown.length === 0) return i18n.translate('schoolDashboard.compare.summaryHidden');
  if (shown.length === 1) {
    const [only] = shown;
    return i18n.translate('schoolDashboard.compare.summaryOne', {
      group: only.name.charAt(0).toLocaleUpperCase(language) + only.name.slice(1),
      share: formatShare(only.reached ?? 0, language),
      completedShare: only.completed === null || only.completed === undefined ? '–' : formatShare(only.completed, language),
    });
  }
  const sorted = [...shown].sort((a, b) => (b.reached ?? 0) - (a.reached ?? 0));
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  return i18n.translate('schoolDashboard.compare.summary', {
    top: top.name,
    share: formatShare(top.reached ?? 0, language),
    bottom: bottom.name,
    lowShare: formatShare(bottom.reached ?? 0, language),
  });
}

/** The trend in a sentence: totals over the period and the busiest month. */
export function trendSummary(i18n: I18n, months: readonly string[], started: readonly number[], completed: readonly number[], paired: readonly number[]): string {
  if (months.length === 0) return i18n.translate('schoolDashboard.trend.none');
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  if (months.length === 1) return i18n.translate('schoolDashboard.trend.summaryOne', { month: months[0], started: sum(started), completed: sum(completed), paired: sum(paired) });
  const busiest = started.reduce((best, value, index) => (value > started[best] ? index : best), 0);
  return i18n.translate('schoolDashboard.trend.summary', {
    first: months[0],
    last: months[months.length - 1],
    started: sum(started),
    completed: sum(completed),
    paired: sum(paired),
    busiest: months[busiest],
    count: started[busiest],
  });
}
