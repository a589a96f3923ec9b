/**
 * Paired binary data: "is the student's first choice kansrijk?" before and after.
 *
 * The 2×2 table of pairs (rows: before, columns: after):
 *
 *                      after kansrijk   after not kansrijk
 *   before kansrijk          a                 b
 *   before not kansrijk      c                 d
 *
 *   a = kansrijk before and after       b = kansrijk before only (moved away)
 *   c = kansrijk after only (moved to)  d = kansrijk neither time
 *
 * so n = a + b + c + d, share before = (a + b)/n, share after = (a + c)/n and the change in the
 * share kansrijk is (a + c)/n − (a + b)/n = (c − b)/n. Positive = more students kansrijk after.
 * Only the discordant pairs b and c carry information about the change.
 */
import { binomialCdf, binomialPmf, twoSidedZ } from './distributions';
import { clopperPearsonInterval, wilsonInterval, type Interval } from './proportions';
import { assertCount } from './validation';

/** Counts of pairs; see the module comment for what a, b, c and d mean. */
export interface PairedTable {
  /** kansrijk before and after */
  readonly a: number;
  /** kansrijk before only (moved away from kansrijk) */
  readonly b: number;
  /** kansrijk after only (moved to kansrijk) */
  readonly c: number;
  /** kansrijk neither before nor after */
  readonly d: number;
}

/** Result of {@link mcnemarExact}. */
export interface McNemarResult {
  /** Two-sided exact conditional p-value. */
  readonly p: number;
  /** Two-sided mid-p value. */
  readonly midP: number;
}

/** Result of {@link pairedOddsRatio}. */
export interface PairedOddsRatio {
  /** c / b: odds of moving to kansrijk versus moving away. NaN when b = c = 0. */
  readonly or: number;
  readonly lower: number;
  readonly upper: number;
}

function assertTable(table: PairedTable): void {
  assertCount(table.a, 'a');
  assertCount(table.b, 'b');
  assertCount(table.c, 'c');
  assertCount(table.d, 'd');
}

/**
 * Tallies before/after booleans (kansrijk or not) into a {@link PairedTable}.
 */
export function pairedTable(pairs: readonly { readonly before: boolean; readonly after: boolean }[]): PairedTable {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (const { before, after } of pairs) {
    if (before && after) a++;
    else if (before) b++;
    else if (after) c++;
    else d++;
  }
  return { a, b, c, d };
}

/**
 * Exact (conditional) McNemar test on the discordant pairs, two-sided, with its mid-p variant.
 *
 * Conditional on the b + c discordant pairs, b ~ Bin(b + c, ½) under H0 (no change in the share):
 *   p    = min(1, 2·P(X ≤ min(b, c)))
 *   midP = p − P(X = min(b, c))                       when b ≠ c
 *   midP = 1 − ½·P(X = b)                             when b = c
 * Source: M. W. Fagerland, S. Lydersen & P. Laake (2013), "The McNemar test for binary
 * matched-pairs data: mid-p and asymptotic are better than exact conditional", BMC Medical
 * Research Methodology 13:91, section "The McNemar exact conditional test" and "The McNemar
 * mid-p test" (their eqs. for P and mid-P); also Fagerland, Lydersen & Laake (2017), Statistical
 * Analysis of Contingency Tables, ch. 8.
 *
 * Convention: b + c = 0 (no discordant pairs, so no information about a change) gives
 * p = midP = 1. (The b = c formula would give midP = ½ there, which would wrongly suggest
 * evidence.) Symmetric: mcnemarExact(b, c) equals mcnemarExact(c, b).
 */
export function mcnemarExact(b: number, c: number): McNemarResult {
  assertCount(b, 'b');
  assertCount(c, 'c');
  const n = b + c;
  if (n === 0) return { p: 1, midP: 1 };
  const k = Math.min(b, c);
  const pointProbability = binomialPmf(k, n, 0.5);
  if (b === c) return { p: 1, midP: 1 - 0.5 * pointProbability };
  const p = Math.min(1, 2 * binomialCdf(k, n, 0.5));
  return { p, midP: Math.max(0, p - pointProbability) };
}

/**
 * Correlation estimate φ used by Newcombe's method 10, with his continuity correction:
 * A = ad − bc; φ = (A − n/2)/√(…) if A > n/2, 0 if 0 ≤ A ≤ n/2, A/√(…) if A < 0, where √(…) is
 * the square root of the product of the four marginal totals; φ = 0 if any marginal total is 0.
 * Newcombe (1998), Stat Med 17:2635–2650, method 10.
 */
function newcombePhi({ a, b, c, d }: PairedTable): number {
  const n = a + b + c + d;
  const marginals = [a + b, c + d, a + c, b + d];
  if (marginals.some((m) => m === 0)) return 0;
  const product = marginals.reduce((x, y) => x * y, 1);
  const cross = a * d - b * c;
  let corrected: number;
  if (cross > n / 2) corrected = cross - n / 2;
  else if (cross >= 0) corrected = 0;
  else corrected = cross;
  return corrected / Math.sqrt(product);
}

/**
 * Confidence interval for the change in the share kansrijk, p_after − p_before = (c − b)/n,
 * from paired data.
 *
 * Source: R. G. Newcombe (1998), "Improved confidence intervals for the difference between
 * binomial proportions based on paired data", Statistics in Medicine 17:2635–2650, method 10
 * ("square-and-add" of the Wilson score intervals (l₁, u₁) for p₁ = p_after and (l₂, u₂) for
 * p₂ = p_before, with the correlation correction φ):
 *
 *   L = θ − √((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²)
 *   U = θ + √((u₁ − p₁)² − 2φ(u₁ − p₁)(p₂ − l₂) + (p₂ − l₂)²),     θ = p₁ − p₂
 *
 * In Newcombe's notation (cells e, f, g, h with θ = (f − g)/n) "first" is after here:
 * e = a, f = c, g = b, h = d. φ: see {@link newcombePhi}. Also Fagerland, Lydersen & Laake
 * (2017), Statistical Analysis of Contingency Tables, ch. 8 ("Newcombe square-and-add").
 *
 * n = 0 gives [−1, 1] (no information). The limits never leave [−1, 1]; the clamp only guards
 * against rounding.
 */
export function newcombePairedDifferenceCI(table: PairedTable, level = 0.95): Interval {
  assertTable(table);
  twoSidedZ(level); // validates level
  const { a, b, c, d } = table;
  const n = a + b + c + d;
  if (n === 0) return [-1, 1];
  const after = (a + c) / n;
  const before = (a + b) / n;
  const theta = after - before;
  const [l1, u1] = wilsonInterval(a + c, n, level);
  const [l2, u2] = wilsonInterval(a + b, n, level);
  const phi = newcombePhi(table);
  const lowerDistance = Math.sqrt(
    Math.max(0, (after - l1) ** 2 - 2 * phi * (after - l1) * (u2 - before) + (u2 - before) ** 2),
  );
  const upperDistance = Math.sqrt(
    Math.max(0, (u1 - after) ** 2 - 2 * phi * (u1 - after) * (before - l2) + (before - l2) ** 2),
  );
  return [Math.max(-1, theta - lowerDistance), Math.min(1, theta + upperDistance)];
}

/**
 * Paired (conditional, matched-pairs) odds ratio c/b — the odds that a student who changed
 * moved *to* kansrijk rather than away from it — with the exact conditional confidence interval.
 *
 * Method: conditional on b + c, c ~ Bin(b + c, μ) with μ = OR/(1 + OR). The Clopper–Pearson
 * interval (L_μ, U_μ) for μ = c/(b + c) is transformed to OR = μ/(1 − μ). Source: N. E. Breslow
 * & N. E. Day (1980), Statistical Methods in Cancer Research I, IARC Sci. Publ. 32, ch. 5 (exact
 * limits for the matched-pairs odds ratio); called the "transformed Clopper–Pearson exact
 * interval" in Fagerland, Lydersen & Laake (2017), Statistical Analysis of Contingency Tables,
 * ch. 8 (they estimate b/c, the reciprocal of ours).
 *
 * Edge cases: b = 0, c > 0 gives or = Infinity, upper = Infinity and a finite lower limit;
 * c = 0, b > 0 gives or = 0, lower = 0 and a finite upper limit; b = c = 0 gives or = NaN,
 * interval [0, Infinity] (no discordant pairs: no information).
 */
export function pairedOddsRatio(table: Pick<PairedTable, 'b' | 'c'>, level = 0.95): PairedOddsRatio {
  const { b, c } = table;
  assertCount(b, 'b');
  assertCount(c, 'c');
  twoSidedZ(level); // validates level
  const n = b + c;
  if (n === 0) return { or: Number.NaN, lower: 0, upper: Number.POSITIVE_INFINITY };
  const [lowerMu, upperMu] = clopperPearsonInterval(c, n, level);
  const toOdds = (mu: number): number => (mu >= 1 ? Number.POSITIVE_INFINITY : mu / (1 - mu));
  return {
    or: b === 0 ? Number.POSITIVE_INFINITY : c / b,
    lower: toOdds(lowerMu),
    upper: toOdds(upperMu),
  };
}
