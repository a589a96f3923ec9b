import {
  type GroupFigures,
  MIN_PAIRED_FOR_STATISTICS,
  type ModuleFigures,
  type ScheduleSummary,
  type SchoolDashboard,
  type ShiftSummary,
  type TrendPoint,
} from '@koers/contracts';

/**
 * Shapes a SchoolDashboard into what the page, its tables and the shared charts draw: counts that
 * may be suppressed ('<5'), shares of the group, the choice shift (or why it is not shown), the
 * plannings behind each figure (the trace) and chart series. Pure functions, used by the selectors
 * in school-dashboard.feature.ts; texts are left to the page (translation keys and numbers only).
 */

export interface LocalLabel {
  readonly nl: string;
  readonly en: string;
}

/** A count of students: a number with its share of the group, or 1–4 students shown as '<5'. */
export type CountView = { readonly kind: 'count'; readonly value: number; readonly share: number | null } | { readonly kind: 'small' };

/** The choice shift of a group: shown with its interval, or withheld with the number of pairs. */
export type ShiftView =
  | {
      readonly kind: 'shown';
      readonly nPaired: number;
      readonly before: number;
      readonly after: number;
      readonly difference: number;
      readonly ci: readonly [number, number] | null;
    }
  | {
      readonly kind: 'suppressed';
      readonly nPaired: number;
      /** Pairs still needed to reach MIN_PAIRED_FOR_STATISTICS. */
      readonly needed: number;
    };

/** One planning behind a figure; names are null while (or when) the planning list is not there. */
export interface PlanningRef {
  readonly scheduleId: string;
  readonly lessonTitle: string | null;
  readonly className: string | null;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  /** The planning's results page. */
  readonly path: string;
}

export interface GroupRow {
  readonly key: string;
  readonly label: LocalLabel;
  readonly students: number;
  readonly reached: CountView;
  readonly completed: CountView;
  readonly ratings: number;
  readonly realismMean: number | null;
  readonly shift: ShiftView;
  readonly plannings: readonly PlanningRef[];
}

export interface ModuleRow {
  /** moduleId@version: a module can be in the table with two versions. */
  readonly key: string;
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly title: string;
  readonly type: 'video' | 'game';
  readonly started: number;
  readonly completed: number;
  /** completed / started; null when nobody started. */
  readonly completedShare: number | null;
  readonly medianWatchThrough: number | null;
  readonly ratings: number;
  readonly realismMean: number | null;
  readonly learnedYesShare: number | null;
  readonly shift: ShiftView;
  readonly plannings: readonly PlanningRef[];
  /** The module's detail page. */
  readonly path: string;
}

/** Months from the first to the last month with activity, gaps filled with 0. */
export interface TrendView {
  /** yyyy-mm */
  readonly months: readonly string[];
  readonly started: readonly number[];
  readonly completed: readonly number[];
  readonly paired: readonly number[];
}

export type Grouping = 'leerjaar' | 'niveau' | 'klas';
export const GROUPINGS: readonly Grouping[] = ['leerjaar', 'niveau', 'klas'];

/** Shares reached and completed per group, for a bar chart: null where the count is '<5' or the group is empty. */
export interface GroupBars {
  readonly labels: readonly LocalLabel[];
  readonly reached: readonly (number | null)[];
  readonly completed: readonly (number | null)[];
  readonly rows: readonly GroupRow[];
}

export interface SchoolDashboardView {
  readonly school: GroupRow;
  readonly byClass: readonly GroupRow[];
  readonly byLeerjaar: readonly GroupRow[];
  readonly byNiveau: readonly GroupRow[];
  readonly modules: readonly ModuleRow[];
  readonly trend: TrendView;
  /** No planning at all within the filters: nothing to show but what to do about it. */
  readonly empty: boolean;
}

export type ScheduleLookup = Readonly<Record<string, ScheduleSummary | undefined>>;

export const planningPath = (scheduleId: string) => `/decaan/planning/${encodeURIComponent(scheduleId)}/resultaten`;
export const modulePath = (moduleId: string) => `/decaan/modules/${encodeURIComponent(moduleId)}`;

export function countView(count: number | '<5', students: number): CountView {
  if (count === '<5') return { kind: 'small' };
  return { kind: 'count', value: count, share: students > 0 ? Math.min(1, Math.max(0, count / students)) : null };
}

export function shiftView(shift: ShiftSummary): ShiftView {
  if (shift.suppressed || shift.before === null || shift.after === null || shift.difference === null) {
    return { kind: 'suppressed', nPaired: shift.nPaired, needed: Math.max(0, MIN_PAIRED_FOR_STATISTICS - shift.nPaired) };
  }
  return { kind: 'shown', nPaired: shift.nPaired, before: shift.before, after: shift.after, difference: shift.difference, ci: shift.differenceCi };
}

/** The plannings behind a figure, oldest first; unknown plannings (not in the list) last, by id. */
export function planningRefs(scheduleIds: readonly string[], schedules: ScheduleLookup): PlanningRef[] {
  const refs = [...new Set(scheduleIds)].map((scheduleId): PlanningRef => {
    const schedule = schedules[scheduleId];
    return {
      scheduleId,
      lessonTitle: schedule?.lessonTitle ?? null,
      className: schedule?.className ?? null,
      startsOn: schedule?.startsOn ?? null,
      endsOn: schedule?.endsOn ?? null,
      path: planningPath(scheduleId),
    };
  });
  return refs.sort((a, b) => {
    if (a.startsOn === null || b.startsOn === null) return a.startsOn === b.startsOn ? a.scheduleId.localeCompare(b.scheduleId) : a.startsOn === null ? 1 : -1;
    return a.startsOn.localeCompare(b.startsOn) || (a.className ?? '').localeCompare(b.className ?? '') || a.scheduleId.localeCompare(b.scheduleId);
  });
}

export function groupRow(group: GroupFigures, schedules: ScheduleLookup = {}): GroupRow {
  return {
    key: group.key,
    label: group.label,
    students: group.students,
    reached: countView(group.reached, group.students),
    completed: countView(group.completed, group.students),
    ratings: group.ratings,
    realismMean: group.realismMean,
    shift: shiftView(group.shift),
    plannings: planningRefs(group.scheduleIds, schedules),
  };
}

export function moduleRow(module: ModuleFigures, schedules: ScheduleLookup = {}): ModuleRow {
  return {
    key: `${module.moduleId}@${module.moduleVersion}`,
    moduleId: module.moduleId,
    moduleVersion: module.moduleVersion,
    title: module.title,
    type: module.type,
    started: module.started,
    completed: module.completed,
    completedShare: module.started > 0 ? Math.min(1, module.completed / module.started) : null,
    medianWatchThrough: module.type === 'video' ? module.medianWatchThrough : null,
    ratings: module.ratings,
    realismMean: module.realismMean,
    learnedYesShare: module.learnedYesShare,
    shift: shiftView(module.shift),
    plannings: planningRefs(module.scheduleIds, schedules),
    path: modulePath(module.moduleId),
  };
}

/** yyyy-mm of the month after `month`. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** The trend in month order, every month between the first and the last one present (at most 36). */
export function trendView(points: readonly TrendPoint[]): TrendView {
  const valid = points.filter((point) => /^\d{4}-(0[1-9]|1[0-2])$/.test(point.month));
  if (valid.length === 0) return { months: [], started: [], completed: [], paired: [] };
  const byMonth = new Map(valid.map((point) => [point.month, point]));
  const sorted = [...byMonth.keys()].sort();
  const months: string[] = [];
  for (let month = sorted[0]; month <= sorted[sorted.length - 1] && months.length < 36; month = nextMonth(month)) months.push(month);
  const pick = (field: 'started' | 'completed' | 'paired') => months.map((month) => Math.max(0, byMonth.get(month)?.[field] ?? 0));
  return { months, started: pick('started'), completed: pick('completed'), paired: pick('paired') };
}

export function groupBars(rows: readonly GroupRow[]): GroupBars {
  const share = (count: CountView) => (count.kind === 'count' ? count.share : null);
  return { labels: rows.map((row) => row.label), reached: rows.map((row) => share(row.reached)), completed: rows.map((row) => share(row.completed)), rows };
}

export function schoolDashboardView(dashboard: SchoolDashboard, schedules: ScheduleLookup = {}): SchoolDashboardView {
  const rows = (groups: readonly GroupFigures[]) => groups.map((group) => groupRow(group, schedules));
  return {
    school: groupRow(dashboard.school, schedules),
    byClass: rows(dashboard.byClass),
    byLeerjaar: rows(dashboard.byLeerjaar),
    byNiveau: rows(dashboard.byNiveau),
    modules: dashboard.modules.map((module) => moduleRow(module, schedules)),
    trend: trendView(dashboard.trend),
    empty: dashboard.school.scheduleIds.length === 0,
  };
}

export function rowsOf(view: SchoolDashboardView, grouping: Grouping): readonly GroupRow[] {
  return grouping === 'klas' ? view.byClass : grouping === 'niveau' ? view.byNiveau : view.byLeerjaar;
}
