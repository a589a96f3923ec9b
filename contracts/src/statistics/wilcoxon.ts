/**
 * Wilcoxon signed-rank test for paired differences (e.g. prospect score of the first choice,
 * after − before), with the matched-pairs rank-biserial correlation as effect size.
 */
import { normalCdf } from './distributions';

/** Largest n (after dropping zeros) for which the exact null distribution is used. */
export const WILCOXON_EXACT_MAX_N = 50;

/** Result of {@link wilcoxonSignedRank}. */
export interface WilcoxonResult {
  /** Number of non-zero differences used. */
  readonly n: number;
  /** Number of zero differences dropped before ranking (Wilcoxon's original method). */
  readonly zerosDropped: number;
  /** W+, the sum of the ranks of the positive differences. */
  readonly w: number;
  /** W−, the sum of the ranks of the negative differences (W+ + W− = n(n + 1)/2). */
  readonly wMinus: number;
  /** Two-sided p-value. */
  readonly p: number;
  /** Matched-pairs rank-biserial correlation (W+ − W−)/(W+ + W−), in [−1, 1]. */
  readonly rankBiserial: number;
  /** 'exact' null distribution, or 'normal' approximation (ties and/or n > 50). */
  readonly method: 'exact' | 'normal';
  /** The continuity-corrected z statistic when method = 'normal', otherwise null. */
  readonly z: number | null;
}

interface Ranking {
  /** Rank of each value (average rank within ties), in input order. */
  readonly ranks: number[];
  /** Sizes of the groups of tied values (only groups of 2 or more). */
  readonly tieSizes: number[];
}

/** Ranks non-negative values 1..n, giving tied values the average of the ranks they span. */
function averageRanks(values: readonly number[]): Ranking {
  const order = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
  const ranks = new Array<number>(values.length).fill(0);
  const tieSizes: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[start] as number]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k] as number] = averageRank;
    if (end > start) tieSizes.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieSizes };
}

/**
 * Exact null distribution of W+ for n untied ranks: counts[s] = number of the 2ⁿ sign
 * assignments with W+ = s, by the recursion of adding rank k to a subset or not. For n ≤ 50 all
 * counts are below 2⁵³, so they are exact in double precision.
 */
function signedRankCounts(n: number): number[] {
  const maxSum = (n * (n + 1)) / 2;
  const counts = new Array<number>(maxSum + 1).fill(0);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) {
    for (let s = (k * (k + 1)) / 2; s >= k; s--) counts[s] = (counts[s] as number) + (counts[s - k] as number);
  }
  return counts;
}

/** Exact two-sided p = min(1, 2·min(P(W+ ≤ w), P(W+ ≥ w))) under H0, for integer w. */
function exactTwoSidedP(w: number, n: number): number {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  let lower = 0;
  let upper = 0;
  for (let s = 0; s < counts.length; s++) {
    if (s <= w) lower += counts[s] as number;
    if (s >= w) upper += counts[s] as number;
  }
  return Math.min(1, (2 * Math.min(lower, upper)) / total);
}

/**
 * Wilcoxon signed-rank test, two-sided, on paired differences.
 *
 * - Zero differences are dropped before ranking (Wilcoxon's method; `zerosDropped` says how
 *   many), the remaining |d| ranked with average ranks for ties; W+ = sum of ranks of d > 0.
 * - Exact null distribution when n ≤ 50 and there are no ties (F. Wilcoxon (1945), "Individual
 *   comparisons by ranking methods", Biometrics Bulletin 1:80–83; two-sided p = twice the
 *   smaller tail, capped at 1).
 * - Otherwise the normal approximation with mean n(n+1)/4, variance n(n+1)(2n+1)/24 − Σ(t³ − t)/48
 *   over tie groups of size t, and a continuity correction of ½ towards the mean:
 *   z = (W+ − n(n+1)/4 − ½·sign(W+ − n(n+1)/4)) / σ, p = 2Φ(−|z|). Mean and tie-corrected
 *   variance: M. Hollander, D. A. Wolfe & E. Chicken (2014), Nonparametric Statistical Methods,
 *   3rd ed., ch. 3 (signed rank test, large-sample approximation and ties). With the continuity
 *   correction this is what R's wilcox.test(correct = TRUE) and SciPy's
 *   wilcoxon(method='asymptotic', correction=True, zero_method='wilcox') compute.
 * - Effect size: matched-pairs rank-biserial r = (W+ − W−)/(W+ + W−). Source: D. S. Kerby
 *   (2014), "The simple difference formula: an approach to teaching nonparametric correlation",
 *   Comprehensive Psychology 3:11.IT.3.1.
 *
 * No non-zero differences (empty input or all zero) gives n = 0, w = 0, p = 1, rankBiserial = 0
 * and method 'exact': there is nothing to test. Note that zeros are exact zeros: compute
 * differences of integer scores, not of floating-point results that should have been zero.
 */
export function wilcoxonSignedRank(differences: readonly number[]): WilcoxonResult {
  for (const d of differences) {
    if (!Number.isFinite(d)) throw new RangeError(`differences must be finite numbers, got ${String(d)}`);
  }
  const nonZero = differences.filter((d) => d !== 0);
  const zerosDropped = differences.length - nonZero.length;
  const n = nonZero.length;
  if (n === 0) {
    return { n: 0, zerosDropped, w: 0, wMinus: 0, p: 1, rankBiserial: 0, method: 'exact', z: null };
  }
  const { ranks, tieSizes } = averageRanks(nonZero.map(Math.abs));
  let w = 0;
  nonZero.forEach((d, i) => {
    if (d > 0) w += ranks[i] as number;
  });
  const totalRank = (n * (n + 1)) / 2;
  const wMinus = totalRank - w;
  const rankBiserial = (w - wMinus) / totalRank;

  if (tieSizes.length === 0 && n <= WILCOXON_EXACT_MAX_N) {
    return { n, zerosDropped, w, wMinus, p: exactTwoSidedP(w, n), rankBiserial, method: 'exact', z: null };
  }
  const mean = totalRank / 2;
  const tieCorrection = tieSizes.reduce((sum, t) => sum + t ** 3 - t, 0);
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection / 48);
  const z = (w - mean - 0.5 * Math.sign(w - mean)) / sd;
  const p = Math.min(1, 2 * normalCdf(-Math.abs(z)));
  return { n, zerosDropped, w, wMinus, p, rankBiserial, method: 'normal', z };
}
