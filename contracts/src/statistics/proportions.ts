/**
 * Confidence intervals for a single binomial proportion x/n.
 */
import { binomialCdf, binomialUpperTail, twoSidedZ } from './distributions';
import { assertCount } from './validation';

/** A closed interval [lower, upper]. */
export type Interval = [lower: number, upper: number];

function assertSuccesses(x: number, n: number): void {
  assertCount(x, 'x');
  assertCount(n, 'n');
  if (x > n) throw new RangeError(`x (${x}) cannot exceed n (${n})`);
}

/**
 * Wilson score interval for a proportion x/n (no continuity correction):
 *
 *   (2x + z² ± z·√(z² + 4x(1 − x/n))) / (2(n + z²)),   z = z_{1−α/2}.
 *
 * Source: E. B. Wilson (1927), J. Am. Stat. Assoc. 22:209–212; in this closed form as method 3
 * of R. G. Newcombe (1998), "Two-sided confidence intervals for the single proportion",
 * Statistics in Medicine 17:857–872. x = 0 gives lower = 0 and x = n gives upper = 1 exactly.
 * n = 0 carries no information and gives [0, 1].
 */
export function wilsonInterval(x: number, n: number, level = 0.95): Interval {
  assertSuccesses(x, n);
  const z = twoSidedZ(level);
  if (n === 0) return [0, 1];
  const z2 = z * z;
  const centre = 2 * x + z2;
  const halfWidth = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denominator = 2 * (n + z2);
  const lower = x === 0 ? 0 : (centre - halfWidth) / denominator;
  const upper = x === n ? 1 : (centre + halfWidth) / denominator;
  return [Math.max(0, lower), Math.min(1, upper)];
}

/**
 * Finds p in [0, 1] where the monotone function `f` crosses `target` by bisection, to full
 * double precision. `increasing` tells the direction of f in p.
 */
function solveMonotone(f: (p: number) => number, target: number, increasing: boolean): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 2000; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    const above = f(mid) > target;
    if (above === increasing) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Clopper–Pearson "exact" interval for a proportion x/n: the lower limit solves
 * P(X ≥ x | p) = α/2 and the upper limit solves P(X ≤ x | p) = α/2 (X ~ Bin(n, p)); lower = 0
 * when x = 0 and upper = 1 when x = n.
 *
 * Source: C. J. Clopper & E. S. Pearson (1934), "The use of confidence or fiducial limits
 * illustrated in the case of the binomial", Biometrika 26:404–413 (method 5 in Newcombe 1998,
 * Stat Med 17:857). Solved here by bisection on the binomial tails rather than via the beta
 * quantile; the result is the same. n = 0 gives [0, 1].
 */
export function clopperPearsonInterval(x: number, n: number, level = 0.95): Interval {
  assertSuccesses(x, n);
  twoSidedZ(level); // validates level
  if (n === 0) return [0, 1];
  const halfAlpha = (1 - level) / 2;
  const lower = x === 0 ? 0 : solveMonotone((p) => binomialUpperTail(x, n, p), halfAlpha, true);
  const upper = x === n ? 1 : solveMonotone((p) => binomialCdf(x, n, p), halfAlpha, false);
  return [lower, upper];
}
