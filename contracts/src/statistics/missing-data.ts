/**
 * Sensitivity of the change in the share kansrijk to missing post measurements.
 */
import { pairedTable, type PairedTable } from './paired';

/** A student with a pre measurement: kansrijk first choice before, and after (null = no post). */
export interface PrePostObservation {
  readonly before: boolean;
  readonly after: boolean | null;
}

/** Shares kansrijk under one way of handling missing post measurements. */
export interface ShareScenario {
  /** Number of students in this scenario. */
  readonly n: number;
  /** Share kansrijk before (0–1); null when n = 0. */
  readonly before: number | null;
  /** Share kansrijk after (0–1); null when n = 0. */
  readonly after: number | null;
  /** after − before; null when n = 0. */
  readonly difference: number | null;
  /** The paired table behind the shares (for tests and intervals). */
  readonly table: PairedTable;
}

/** Result of {@link missingDataBounds}. */
export interface MissingDataBounds {
  /** Students with a pre measurement. */
  readonly nPre: number;
  /** Of those, students with a post measurement too. */
  readonly nPost: number;
  /** Students without a post measurement. */
  readonly nMissing: number;
  /** nPost / nPre; null when nPre = 0. */
  readonly responseRate: number | null;
  /** Only students with both measurements. */
  readonly completeCase: ShareScenario;
  /** Every missing post counted as kansrijk: the largest possible difference. */
  readonly bestCase: ShareScenario;
  /** Every missing post counted as not kansrijk: the smallest possible difference. */
  readonly worstCase: ShareScenario;
  /** Every missing post counted as unchanged from before (last observation carried forward). */
  readonly noChange: ShareScenario;
}

function scenario(pairs: readonly { before: boolean; after: boolean }[]): ShareScenario {
  const table = pairedTable(pairs);
  const n = pairs.length;
  if (n === 0) return { n, before: null, after: null, difference: null, table };
  const before = (table.a + table.b) / n;
  const after = (table.a + table.c) / n;
  return { n, before, after, difference: (table.c - table.b) / n, table };
}

/**
 * Complete-case result plus best-case, worst-case and no-change bounds for the change in the
 * share kansrijk when some students have no post measurement. Every student with a pre
 * measurement is counted in the three imputed scenarios; the complete-case scenario uses only
 * students with both. Best and worst case bound every possible complete-data result (the
 * difference is monotone in each missing value); no-change is a middle assumption, not a bound.
 *
 * Source: extreme-case ("best-/worst-case") sensitivity analysis for a missing binary outcome,
 * as in C. Gamble & S. Hollis (2005), J. Clin. Epidemiol. 58:579–588, and J. C. Jakobsen et al.
 * (2017), "When and how should multiple imputation be used for handling missing data in
 * randomised clinical trials", BMC Med. Res. Methodol. 17:162. The arithmetic is counting.
 */
export function missingDataBounds(observations: readonly PrePostObservation[]): MissingDataBounds {
  for (const o of observations) {
    if (typeof o.before !== 'boolean' || (o.after !== null && typeof o.after !== 'boolean')) {
      throw new RangeError('each observation needs before: boolean and after: boolean | null');
    }
  }
  const complete = observations.filter((o): o is { before: boolean; after: boolean } => o.after !== null);
  const nPre = observations.length;
  const nPost = complete.length;
  const impute = (fill: (before: boolean) => boolean) =>
    observations.map(({ before, after }) => ({ before, after: after ?? fill(before) }));
  return {
    nPre,
    nPost,
    nMissing: nPre - nPost,
    responseRate: nPre === 0 ? null : nPost / nPre,
    completeCase: scenario(complete),
    bestCase: scenario(impute(() => true)),
    worstCase: scenario(impute(() => false)),
    noChange: scenario(impute((before) => before)),
  };
}
