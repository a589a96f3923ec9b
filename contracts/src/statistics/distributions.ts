/**
 * Distribution functions needed by the tests and intervals in this module: log-gamma, the
 * binomial distribution, and the standard normal distribution and its quantile function.
 * Pure arithmetic, no dependencies.
 */
import { assertCount, assertProbability } from './validation';

/** Lanczos coefficients for g = 7, n = 9 (P. Godfrey's set, the one most implementations use). */
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
  -176.6150291621406, 12.507343278686905, -0.13857109526572012, 0.000009984369578019572,
  1.5056327351493116e-7,
] as const;

const LN_SQRT_2PI = 0.9189385332046727; // ln(√(2π))
const LN_SQRT_PI = 0.5723649429247001; // ln Γ(½) = ln(√π)

/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Source: C. Lanczos (1964), "A precision approximation of the gamma function", SIAM J. Numer.
 * Anal. B 1:86–96, with g = 7 and nine coefficients (P. Godfrey's set); reflection formula
 * Γ(x)Γ(1−x) = π / sin(πx) for x < ½. Relative accuracy about 1e-15.
 */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma needs x > 0, got ${String(x)}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let series: number = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) {
    series += (LANCZOS_COEFFICIENTS[i] as number) / (z + i);
  }
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/** ln C(n, k), the log of the binomial coefficient, via ln Γ. */
function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * Binomial probability mass P(X = k) for X ~ Bin(n, p).
 * Computed as exp(ln C(n,k) + k ln p + (n−k) ln(1−p)); exact 0/1 at p = 0 and p = 1.
 */
export function binomialPmf(k: number, n: number, p: number): number {
  assertCount(n, 'n');
  assertProbability(p, 'p');
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(lnChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** Sum of P(X = i) for i = from..to, smallest terms first (they are at the far end of a tail). */
function sumPmf(from: number, to: number, n: number, p: number, smallestFirst: 'from' | 'to'): number {
  let total = 0;
  if (smallestFirst === 'from') {
    for (let i = from; i <= to; i++) total += binomialPmf(i, n, p);
  } else {
    for (let i = to; i >= from; i--) total += binomialPmf(i, n, p);
  }
  return total;
}

/**
 * Binomial cumulative distribution P(X ≤ k) for X ~ Bin(n, p); k is floored, k < 0 gives 0 and
 * k ≥ n gives 1. The shorter/smaller tail is summed directly (the other as a complement), so
 * small lower-tail probabilities keep their relative accuracy.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  assertCount(n, 'n');
  assertProbability(p, 'p');
  if (Number.isNaN(k)) throw new RangeError('k must be a number');
  const kk = Math.floor(k);
  if (kk < 0) return 0;
  if (kk >= n) return 1;
  if (kk < n * p) return Math.min(1, sumPmf(0, kk, n, p, 'from'));
  return Math.max(0, 1 - sumPmf(kk + 1, n, n, p, 'to'));
}

/**
 * Binomial upper tail P(X ≥ k) for X ~ Bin(n, p) (note: "≥", unlike SciPy's `sf`, which is
 * P(X > k)). k is ceiled; k ≤ 0 gives 1 and k > n gives 0.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  assertCount(n, 'n');
  assertProbability(p, 'p');
  if (Number.isNaN(k)) throw new RangeError('k must be a number');
  const kk = Math.ceil(k);
  if (kk <= 0) return 1;
  if (kk > n) return 0;
  if (kk > n * p) return Math.min(1, sumPmf(kk, n, n, p, 'to'));
  return Math.max(0, 1 - sumPmf(0, kk - 1, n, p, 'from'));
}

const GAMMA_EPS = 1e-16;
const GAMMA_TINY = 1e-300;
const GAMMA_MAX_ITERATIONS = 10_000;

/**
 * Regularized upper incomplete gamma Q(½, x) = erfc(√x), by the series for P when x < 1.5 and
 * the continued fraction (modified Lentz) otherwise. Source: Press, Teukolsky, Vetterling &
 * Flannery (2007), Numerical Recipes, 3rd ed., §6.2 (series and continued fraction) and §5.2 (Lentz's method).
 */
function upperIncompleteGammaHalf(x: number): number {
  const a = 0.5;
  const prefactor = Math.exp(-x + a * Math.log(x) - LN_SQRT_PI);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < GAMMA_MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * GAMMA_EPS) break;
    }
    return 1 - sum * prefactor;
  }
  let b = x + 1 - a;
  let c = 1 / GAMMA_TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < GAMMA_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < GAMMA_TINY) d = GAMMA_TINY;
    c = b + an / c;
    if (Math.abs(c) < GAMMA_TINY) c = GAMMA_TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < GAMMA_EPS) break;
  }
  return prefactor * h;
}

/**
 * Complementary error function erfc(x) = 1 − erf(x), via erfc(x) = Q(½, x²) for x ≥ 0 and
 * erfc(−x) = 2 − erfc(x). Numerical Recipes 3rd ed. §6.2. Relative accuracy ~1e-15.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === 0) return 1;
  if (x > 27.3) return 0; // erfc(27.3) < 5e-326: below the smallest double
  return upperIncompleteGammaHalf(x * x);
}

/** Standard normal cumulative distribution Φ(x) = ½ erfc(−x/√2). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/* Coefficients of Wichura (1988), Algorithm AS 241 (PPND16), Applied Statistics 37:477–484. */
const AS241_A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
] as const;
const AS241_B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
  39307.89580009271, 28729.085735721943, 5226.495278852854,
] as const;
const AS241_C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184,
  0.0007745450142783414,
] as const;
const AS241_D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851,
  0.14810397642748008, 0.015198666563616457, 0.0005475938084995345,
  1.0507500716444169e-9,
] as const;
const AS241_E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876,
  2.0103343992922881e-7,
] as const;
const AS241_F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615,
  0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7,
  2.0442631033899397e-15,
] as const;

/** Evaluates Σ c[i]·x^i (Horner). */
function polynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) result = result * x + (coefficients[i] as number);
  return result;
}

/**
 * Standard normal quantile Φ⁻¹(p), e.g. normalQuantile(0.975) = 1.959963984540054.
 *
 * Source: M. J. Wichura (1988), "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37(3):477–484 (PPND16, relative accuracy about 1e-16).
 * p = 0 gives −Infinity and p = 1 gives +Infinity; p outside [0, 1] throws.
 */
export function normalQuantile(p: number): number {
  assertProbability(p, 'p');
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(AS241_A, r)) / polynomial(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = polynomial(AS241_C, r) / polynomial(AS241_D, r);
  } else {
    r -= 5;
    value = polynomial(AS241_E, r) / polynomial(AS241_F, r);
  }
  return q < 0 ? -value : value;
}

/** The two-sided critical value z_{1−α/2} for a confidence level such as 0.95. */
export function twoSidedZ(level: number): number {
  if (!Number.isFinite(level) || level <= 0 || level >= 1) {
    throw new RangeError(`level must be strictly between 0 and 1, got ${String(level)}`);
  }
  return -normalQuantile((1 - level) / 2);
}
