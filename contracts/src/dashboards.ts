import type { ScheduleSummary } from './schedules';

/**
 * Dashboards (issue 7). Figures come from the derived tables the statement store keeps
 * (schedule_students, student_step_progress, video_second_views, module_ratings, keuzemetingen);
 * every count can be traced to the students (mentor) or plannings/modules (decaan) behind it.
 */

/** The Koers chart palette: Okabe & Ito (2008), distinguishable with the common colour-vision deficiencies. */
export const KOERS_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export interface VideoEngagement {
  readonly stepId: string;
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly title: string;
  readonly durationSeconds: number;
  /** Students who started this video in this planning. */
  readonly viewers: number;
  /** Students with a `completed` statement (≥ 90 % watched). */
  readonly completed: number;
  /** Median over viewers of the unique watched share (0–1); null without viewers. */
  readonly medianWatchThrough: number | null;
  /** Share of viewers still watching at each second (index = second), 0–1; empty without viewers. */
  readonly retention: readonly number[];
  /** "Hoe echt voelde dit?" 1–5: number of answers per value (index 0 = 1). */
  readonly realism: readonly [number, number, number, number, number];
  /** "Heb je iets geleerd over het werk zelf?" */
  readonly learned: { readonly ja: number; readonly 'een-beetje': number; readonly nee: number };
  /** Anonymous comments, newest first (no names, also not for the mentor). */
  readonly comments: readonly string[];
}

export interface GameEngagement {
  readonly stepId: string;
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly title: string;
  /** Students who started the game in this planning. */
  readonly players: number;
  readonly completed: number;
  /** Median scaled score (0–1) of completed games; null when none. */
  readonly medianScore: number | null;
  /** Completed games with success = true. */
  readonly successes: number;
}

/** Why a student is on the "wie heeft een gesprek nodig" list. */
export type AttentionReason = 'niet-gestart' | 'niet-afgerond' | 'weet-het-nog-niet' | 'onzeker';

export interface AttentionStudent {
  readonly studentId: string;
  readonly displayName: string;
  readonly reasons: readonly AttentionReason[];
  /** Certainty (1–5) of the last "na" measurement, when there is one. */
  readonly certaintyAfter: number | null;
}

/** One student of the class and how far they got in the planning (for the class's own mentor only). */
export interface PlanningStudent {
  readonly studentId: string;
  readonly displayName: string;
  readonly started: boolean;
  readonly finished: boolean;
}

/** `GET /api/dashboards/plannings/:scheduleId` (mentor of the class, decaan, beheerder). */
export interface PlanningDashboard {
  readonly planning: ScheduleSummary;
  readonly classSize: number;
  readonly started: number;
  readonly finished: number;
  readonly videos: readonly VideoEngagement[];
  readonly games: readonly GameEngagement[];
  /**
   * Students who may need a conversation: not started, not finished, still "weet ik nog niet" or
   * certainty ≤ 2 after the lesson. Only for the mentor of the class (null for other roles: names
   * stay with the mentor).
   */
  readonly attention: readonly AttentionStudent[] | null;
  /**
   * The students behind `started` and `finished`, in name order: the class's own mentor can trace
   * those figures to names. Null for other roles.
   */
  readonly students: readonly PlanningStudent[] | null;
}

/** Certainty at or below this after the lesson puts a student on the attention list. */
export const ATTENTION_MAX_CERTAINTY = 2;

/** Choice shift of a group in one line (the full report is `GET /api/choice-shift` with the same scope). */
export interface ShiftSummary {
  readonly nPaired: number;
  /** Null when suppressed (fewer than MIN_PAIRED_FOR_STATISTICS pairs). */
  readonly before: number | null;
  readonly after: number | null;
  readonly difference: number | null;
  readonly differenceCi: readonly [number, number] | null;
  readonly suppressed: boolean;
}

/** Reach, completion, ratings and choice shift of a group of students. */
export interface GroupFigures {
  /** Class id, `leerjaar-3`, `niveau-havo` or `school`. */
  readonly key: string;
  readonly label: { readonly nl: string; readonly en: string };
  readonly students: number;
  /** The plannings behind the figures (trace: open them from the dashboard). */
  readonly scheduleIds: readonly string[];
  /** Students who started at least one planned lesson; 1–4 as '<5'. */
  readonly reached: number | '<5';
  readonly completed: number | '<5';
  readonly ratings: number;
  readonly realismMean: number | null;
  readonly shift: ShiftSummary;
}

export interface ModuleFigures {
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly title: string;
  readonly type: 'video' | 'game';
  readonly scheduleIds: readonly string[];
  readonly started: number;
  readonly completed: number;
  /** Videos: median unique watched share of the students who started it. */
  readonly medianWatchThrough: number | null;
  readonly ratings: number;
  readonly realismMean: number | null;
  /** Share of "ja" to "Heb je iets geleerd over het werk zelf?". */
  readonly learnedYesShare: number | null;
  /** Choice shift in the plannings whose lesson contained the module: association, not proof. */
  readonly shift: ShiftSummary;
}

export interface TrendPoint {
  /** yyyy-mm (school months, Europe/Amsterdam). */
  readonly month: string;
  readonly started: number;
  readonly completed: number;
  readonly paired: number;
}

/**
 * `GET /api/dashboards/school?leerjaar=&niveau=&from=&to=` (decaan, beheerder): the whole school
 * by class, leerjaar and niveau, the module table and the trend over the school year.
 */
export interface SchoolDashboard {
  readonly school: GroupFigures;
  readonly byClass: readonly GroupFigures[];
  readonly byLeerjaar: readonly GroupFigures[];
  readonly byNiveau: readonly GroupFigures[];
  readonly modules: readonly ModuleFigures[];
  readonly trend: readonly TrendPoint[];
}
