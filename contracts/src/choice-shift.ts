import type { Interval, SampleSizeResult } from './statistics';

/**
 * Choice shift (issue 6): how far students' first choices moved toward kansrijke opleidingen.
 * `GET /api/choice-shift?classId=&leerjaar=&niveau=&lessonId=&scheduleId=&pairingId=&from=&to=`.
 *
 * Pairing: within the group, each student counts once — their earliest "voor" measurement in scope
 * and the latest "na" measurement after it (a decaan-made koppeling narrows pre and post to two
 * plannings). Each pair is scored with the indicators and the kansrijk rule version that were current
 * at the moment of the "voor" measurement, so a data update never shows up as a shift.
 */

export const MIN_PAIRED_FOR_STATISTICS = 10;
export const SMALL_CELL_MAX = 4;

/** A count that may be suppressed (1–4 → '<5', and secondary suppression so totals cannot reveal it). */
export type Cell = number | '<5' | '•';

export interface ChoiceShiftScope {
  readonly classId?: string;
  readonly leerjaar?: number;
  readonly niveau?: string;
  readonly lessonId?: string;
  readonly scheduleId?: string;
  readonly pairingId?: string;
  readonly from?: string; // YYYY-MM-DD
  readonly to?: string;
}

export interface KansrijkShare {
  readonly count: Cell;
  readonly share: number;
  readonly ci: Interval;
}

export interface ChoiceShiftKansrijk {
  readonly before: KansrijkShare;
  readonly after: KansrijkShare;
  /** after − before, as a proportion (−1..1). */
  readonly difference: number;
  /** Newcombe method 10, 95 %. */
  readonly differenceCi: Interval;
  /** a = kansrijk before and after, b = before only, c = after only, d = neither (cells suppressed). */
  readonly table: { readonly a: Cell; readonly b: Cell; readonly c: Cell; readonly d: Cell };
  readonly mcnemar: { readonly p: number; readonly midP: number };
  /** c / b with an exact interval; null where it is not a finite number (b = 0, or no discordant pairs). */
  readonly oddsRatio: { readonly or: number | null; readonly lower: number | null; readonly upper: number | null };
}

export interface PairedScaleChange {
  readonly n: number;
  readonly meanBefore: number;
  readonly meanAfter: number;
  readonly meanChange: number;
  readonly wilcoxon: { readonly w: number; readonly p: number; readonly rankBiserial: number; readonly zerosDropped: number; readonly method: 'exact' | 'normal' };
}

export interface ChoiceShiftTransitions {
  /** Sector keys plus 'weet-niet' and 'onbekend' (an opleiding outside the catalogue). */
  readonly categories: readonly string[];
  /** rows = before, columns = after, suppressed. */
  readonly cells: readonly (readonly Cell[])[];
}

export interface ShareScenarioSummary {
  readonly before: number;
  readonly after: number;
  readonly difference: number;
}

export interface ChoiceShiftMissing {
  readonly nMissing: number;
  readonly completeCase: ShareScenarioSummary;
  readonly bestCase: ShareScenarioSummary;
  readonly worstCase: ShareScenarioSummary;
  readonly noChange: ShareScenarioSummary;
}

export interface ChoiceShiftReport {
  readonly scope: ChoiceShiftScope;
  /** Human label of the group, e.g. "klas H3A" / "class H3A", or "hele school" / "whole school". */
  readonly label: { readonly nl: string; readonly en: string };
  readonly nPre: number;
  readonly nPost: number;
  readonly nPaired: number;
  /** nPaired / nPre (0 when nPre is 0). */
  readonly responseRate: number;
  /** Why no statistics are shown; null when they are. */
  readonly suppressed: null | { readonly reason: 'too_few_pairs'; readonly minimum: number };
  readonly kansrijk: ChoiceShiftKansrijk | null;
  readonly prospectScore: PairedScaleChange | null;
  readonly certainty: PairedScaleChange | null;
  readonly transitions: ChoiceShiftTransitions | null;
  /**
   * Paired students by prospect score of their first choice (index 0–4 = score 1–5, index 5 = no
   * score), before and after; suppressed like `transitions`. Null when statistics are suppressed.
   */
  readonly scoreDistribution: { readonly before: readonly Cell[]; readonly after: readonly Cell[] } | null;
  /** Sensitivity to missing "na" measurements (shares only; every student with a "voor" counts). */
  readonly missing: ChoiceShiftMissing | null;
  /** Paired students needed to detect a 10 percentage-point change (80 % power, α 0.05) with this group's discordance. */
  readonly sampleSize: SampleSizeResult | null;
  /** What the scoring used: rule version(s), and whether any score rests on illustrative or hand-entered values. */
  readonly basis: {
    readonly ruleVersions: readonly { readonly version: number; readonly minScore: number; readonly pairs: number }[];
    readonly illustrativePairs: number;
    readonly handEnteredPairs: number;
    readonly unknownFirstChoices: number;
  };
  /** Generated from the numbers (contracts choiceShiftSentence), Dutch and English. */
  readonly sentence: { readonly nl: string; readonly en: string };
}

/**
 * A koppeling the decaan makes when pre and post are not in the same lesson: the "voor" measurement
 * of one planning pairs with the "na" measurement of a later planning of the same class(es).
 * `GET /api/choice-shift/pairings`, `POST` (MeasurementPairingInput, decaan), `DELETE /:id`.
 * Without a koppeling, a lesson with both a "voor" and a "na" step pairs within its own planning.
 */
export interface MeasurementPairing {
  readonly id: string;
  readonly name: string;
  readonly pre: { readonly scheduleId: string; readonly lessonTitle: string; readonly classNames: readonly string[]; readonly startsOn: string };
  readonly post: { readonly scheduleId: string; readonly lessonTitle: string; readonly classNames: readonly string[]; readonly startsOn: string };
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface MeasurementPairingInput {
  readonly name: string; // 3..120
  readonly preScheduleId: string;
  readonly postScheduleId: string;
}
