import type { AttentionReason, AttentionStudent, GameEngagement, PlanningDashboard, PlanningStudent, ScheduleSummary, VideoEngagement } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';

/**
 * Shapes a PlanningDashboard into what the page and the shared charts draw: shares of the class,
 * chart series and distributions, and the attention list grouped by reason. Pure functions, used
 * by the selectors in dashboards.feature.ts.
 */

export interface Progress {
  readonly value: number;
  readonly total: number;
  /** value / total, 0–1 (0 when the class is empty). */
  readonly share: number;
}

export interface RetentionSeries {
  /** Share still watching per second (0–1), index = second, at most durationSeconds + 1 long. */
  readonly retention: readonly number[];
  readonly durationSeconds: number;
}

export interface Distribution<C extends string = string> {
  readonly categories: readonly C[];
  readonly counts: readonly number[];
  readonly total: number;
}

export interface VideoView {
  readonly stepId: string;
  readonly title: string;
  readonly viewers: number;
  readonly completed: number;
  readonly medianWatchThrough: number | null;
  readonly retention: RetentionSeries;
  readonly realism: Distribution;
  /** Categories are translation keys (ja / een beetje / nee). */
  readonly learned: Distribution<TranslationKey>;
  readonly comments: readonly string[];
}

export interface AttentionEntry {
  readonly studentId: string;
  readonly displayName: string;
  readonly certaintyAfter: number | null;
  /** The student's other reasons, besides the group they are listed under. */
  readonly otherReasons: readonly AttentionReason[];
}

export interface AttentionGroup {
  readonly reason: AttentionReason;
  readonly students: readonly AttentionEntry[];
}

export interface PlanningDashboardView {
  readonly planning: ScheduleSummary;
  readonly classSize: number;
  readonly started: Progress;
  readonly finished: Progress;
  readonly nobodyStarted: boolean;
  readonly videos: readonly VideoView[];
  readonly games: readonly GameEngagement[];
  /** null: not the mentor of this class, so no names at all. */
  readonly attention: readonly AttentionGroup[] | null;
  /** The students behind started / finished (the class's mentor only; null otherwise). */
  readonly students: readonly PlanningStudent[] | null;
}

/** The order of the attention groups: from not started to unsure after the lesson. */
export const ATTENTION_ORDER: readonly AttentionReason[] = ['niet-gestart', 'niet-afgerond', 'weet-het-nog-niet', 'onzeker'];

export const REALISM_CATEGORIES = ['1', '2', '3', '4', '5'] as const;

export const LEARNED_CATEGORIES: readonly TranslationKey[] = [
  'dashboards.planning.learned.ja',
  'dashboards.planning.learned.eenBeetje',
  'dashboards.planning.learned.nee',
];

export function progress(value: number, total: number): Progress {
  const safe = Math.max(0, value);
  return { value: safe, total, share: total > 0 ? Math.min(1, safe / total) : 0 };
}

/** The retention curve clamped to 0–1 and cut at the end of the video. */
export function retentionSeries(video: Pick<VideoEngagement, 'retention' | 'durationSeconds'>): RetentionSeries {
  const end = video.durationSeconds > 0 ? Math.floor(video.durationSeconds) + 1 : video.retention.length;
  const retention = video.retention.slice(0, end).map((share) => (Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0));
  return { retention, durationSeconds: video.durationSeconds };
}

export function realismDistribution(video: Pick<VideoEngagement, 'realism'>): Distribution {
  const counts = REALISM_CATEGORIES.map((_, index) => video.realism[index] ?? 0);
  return { categories: REALISM_CATEGORIES, counts, total: sum(counts) };
}

export function learnedDistribution(video: Pick<VideoEngagement, 'learned'>): Distribution<TranslationKey> {
  const counts = [video.learned.ja, video.learned['een-beetje'], video.learned.nee];
  return { categories: LEARNED_CATEGORIES, counts, total: sum(counts) };
}

export function videoView(video: VideoEngagement): VideoView {
  return {
    stepId: video.stepId,
    title: video.title,
    viewers: video.viewers,
    completed: video.completed,
    medianWatchThrough: video.medianWatchThrough,
    retention: retentionSeries(video),
    realism: realismDistribution(video),
    learned: learnedDistribution(video),
    comments: video.comments,
  };
}

/**
 * Each student once, under the first of their reasons in ATTENTION_ORDER (other reasons named next
 * to them); groups in that order, empty groups left out, names sorted within a group.
 */
export function attentionGroups(students: readonly AttentionStudent[]): AttentionGroup[] {
  const groups = new Map<AttentionReason, AttentionEntry[]>(ATTENTION_ORDER.map((reason) => [reason, []]));
  for (const student of students) {
    const reasons = ATTENTION_ORDER.filter((reason) => student.reasons.includes(reason));
    const [first, ...others] = reasons;
    if (!first) continue;
    groups.get(first)?.push({ studentId: student.studentId, displayName: student.displayName, certaintyAfter: student.certaintyAfter, otherReasons: others });
  }
  return ATTENTION_ORDER.map((reason) => ({
    reason,
    students: [...(groups.get(reason) ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl') || a.studentId.localeCompare(b.studentId)),
  })).filter((group) => group.students.length > 0);
}

export function planningDashboardView(dashboard: PlanningDashboard): PlanningDashboardView {
  return {
    planning: dashboard.planning,
    classSize: dashboard.classSize,
    started: progress(dashboard.started, dashboard.classSize),
    finished: progress(dashboard.finished, dashboard.classSize),
    nobodyStarted: dashboard.started === 0,
    videos: dashboard.videos.map(videoView),
    games: dashboard.games,
    attention: dashboard.attention === null ? null : attentionGroups(dashboard.attention),
    students: dashboard.students ?? null,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
