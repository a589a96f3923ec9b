/**
 * Tests of contracts/src/statistics against independently computed values.
 *
 * Every expected number says where it comes from, next to it:
 *  - a published table or worked example (cited), or
 *  - a SciPy 1.17.1 call (Python 3.11) or an R 4.2.2 call that was actually run, with its output.
 * Tolerances follow the printed precision: ±0.5 in the last printed digit for published values,
 * 1e-9 relative for full-precision SciPy/R output.
 *
 * Independent Python implementation used where no package computes Newcombe's method 10
 * (written from Newcombe 1998, Stat Med 17:2635, method 10; z from scipy):
 *
 *   from math import sqrt; from scipy.stats import norm
 *   def wilson(x, n, z):
 *       p = x/n; A = 2*x + z*z; B = z*sqrt(z*z + 4*x*(1-p)); C = 2*(n + z*z)
 *       return (A-B)/C, (A+B)/C
 *   def newc(e, f, g, h, level=0.95):          # theta = (e+f)/n - (e+g)/n = (f-g)/n
 *       n = e+f+g+h; z = norm.ppf(1-(1-level)/2); p1 = (e+f)/n; p2 = (e+g)/n
 *       l1, u1 = wilson(e+f, n, z); l2, u2 = wilson(e+g, n, z)
 *       if min(e+f, g+h, e+g, f+h) == 0: phi = 0
 *       else:
 *           A = e*h - f*g; B = A - n/2 if A > n/2 else (0 if A >= 0 else A)
 *           phi = B / sqrt((e+f)*(g+h)*(e+g)*(f+h))
 *       th = p1 - p2
 *       return (th, th - sqrt((p1-l1)**2 - 2*phi*(p1-l1)*(u2-p2) + (u2-p2)**2),
 *                   th + sqrt((u1-p1)**2 - 2*phi*(u1-p1)*(p2-l2) + (p2-l2)**2))
 *
 * Koers's table (a, b, c, d) = (both, before only, after only, neither) and the change
 * after − before = (c − b)/n correspond to newc(e=a, f=c, g=b, h=d).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as fc from 'fast-check';
import {
  UNDECIDED,
  binomialCdf,
  binomialPmf,
  binomialUpperTail,
  clopperPearsonInterval,
  lnGamma,
  mcnemarExact,
  missingDataBounds,
  newcombePairedDifferenceCI,
  normalCdf,
  normalQuantile,
  pairedOddsRatio,
  pairedTable,
  requiredSampleSize,
  transitionMatrix,
  wilcoxonSignedRank,
  wilsonInterval,
  type PrePostObservation,
} from '../src/statistics';

/** |actual − expected| ≤ tolerance (absolute). */
function assertNear(actual: number, expected: number, tolerance: number, what = 'value'): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: expected ${expected} ± ${tolerance}, got ${actual}`,
  );
}

/** Relative closeness, for full-precision reference values. */
function assertRel(actual: number, expected: number, what = 'value', rtol = 1e-9): void {
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  assert.ok(Math.abs(actual - expected) / scale <= rtol, `${what}: expected ${expected} (rtol ${rtol}), got ${actual}`);
}

/** Half a unit in the 4th decimal: for values published to 4 decimals. */
const PRINTED_4 = 0.5e-4;
/** Half a unit in the 3rd decimal: for values published to 3 decimals. */
const PRINTED_3 = 0.5e-3;

// ---------------------------------------------------------------------------------------------
describe('normal and binomial distributions', () => {
  test('normalQuantile matches scipy.stats.norm.ppf to 1e-12 relative, from p = 1e-300 to 0.999999', () => {
    const cases: [number, number][] = [
      [1e-300, -37.0470962993612], // norm.ppf(1e-300) = -37.0470962993612
      [1e-10, -6.361340902404056], // norm.ppf(1e-10) = -6.361340902404056 (R: qnorm(1e-10) = -6.36134090240406)
      [0.001, -3.090232306167813], // norm.ppf(0.001) = -3.090232306167813
      [0.025, -1.9599639845400545], // norm.ppf(0.025) = -1.9599639845400545
      [0.3, -0.5244005127080409], // norm.ppf(0.3) = -0.5244005127080409
      [0.975, 1.959963984540054], // norm.ppf(0.975) = 1.959963984540054 (R: qnorm(0.975) = 1.95996398454005)
      [0.999999, 4.753424308817087], // norm.ppf(0.999999) = 4.753424308817087
    ];
    for (const [p, expected] of cases) assertRel(normalQuantile(p), expected, `normalQuantile(${p})`, 1e-12);
    assert.equal(normalQuantile(0.5), 0);
    assert.equal(normalQuantile(0), Number.NEGATIVE_INFINITY);
    assert.equal(normalQuantile(1), Number.POSITIVE_INFINITY);
    assert.throws(() => normalQuantile(1.5), RangeError);
  });

  test('normalCdf matches scipy.stats.norm.cdf, including the far tail', () => {
    assertRel(normalCdf(-10), 7.61985302416047e-24, 'Φ(-10)', 1e-12); // norm.cdf(-10) = 7.61985302416047e-24
    assertRel(normalCdf(-1.96), 0.024997895148220435, 'Φ(-1.96)', 1e-12); // norm.cdf(-1.96) = 0.024997895148220435
    assert.equal(normalCdf(0), 0.5); // norm.cdf(0) = 0.5
    assertRel(normalCdf(0.5), 0.6914624612740131, 'Φ(0.5)', 1e-12); // norm.cdf(0.5) = 0.6914624612740131
    assertRel(normalCdf(3), 0.9986501019683699, 'Φ(3)', 1e-12); // norm.cdf(3) = 0.9986501019683699
  });

  test('normalQuantile and normalCdf invert each other (property)', () => {
    // x ≤ 0 only: for large positive x, Φ(x) rounds to within 1e-16 of 1 and cannot be inverted.
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (x) => {
        assertNear(normalQuantile(normalCdf(x)), x, 1e-9 * Math.max(1, Math.abs(x)), `Φ⁻¹(Φ(${x}))`);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }), (p) => {
        assertRel(normalCdf(normalQuantile(p)), p, `Φ(Φ⁻¹(${p}))`, 1e-11);
      }),
    );
  });

  test('binomialCdf matches scipy.stats.binom.cdf', () => {
    assertRel(binomialCdf(3, 10, 0.3), 0.6496107184000002, 'binom.cdf(3, 10, 0.3)'); // = 0.6496107184000002
    assertRel(binomialCdf(450, 1000, 0.5), 0.0008652680424881513, 'binom.cdf(450, 1000, 0.5)'); // = 0.0008652680424881513
    assertRel(binomialCdf(0, 5, 0.5), 0.03125, 'binom.cdf(0, 5, 0.5)'); // = 0.03125
    assertRel(binomialCdf(7, 20, 0.9), 3.923225404119989e-9, 'binom.cdf(7, 20, 0.9)'); // = 3.923225404119989e-09
    assert.equal(binomialCdf(-1, 5, 0.5), 0);
    assert.equal(binomialCdf(5, 5, 0.5), 1);
    // binom.sf(549, 1000, 0.5) = 0.0008652680424881513, i.e. P(X >= 550)
    assertRel(binomialUpperTail(550, 1000, 0.5), 0.0008652680424881513, 'P(X >= 550)');
    // binom.pmf(5, 10, 0.5) = 0.24609375000000003 (= 252/1024)
    assertRel(binomialPmf(5, 10, 0.5), 252 / 1024, 'binom.pmf(5, 10, 0.5)');
  });

  test('lnGamma matches scipy.special.gammaln', () => {
    assertRel(lnGamma(0.3), 1.0957979948180756, 'gammaln(0.3)', 1e-13); // gammaln(0.3) = 1.0957979948180756
    assertRel(lnGamma(1001), 5912.128178488164, 'gammaln(1001)', 1e-14); // gammaln(1001) = 5912.128178488164
  });
});

// ---------------------------------------------------------------------------------------------
describe('intervals for one proportion', () => {
  test('wilsonInterval matches scipy binomtest(...).proportion_ci(method="wilson") and R prop.test(correct=FALSE)', () => {
    // binomtest(81, 263).proportion_ci(method='wilson') = (0.2552885198782742, 0.36620957698280004)
    // R: prop.test(81, 263, correct=FALSE)$conf.int = 0.255288519878274 0.3662095769828
    const [l1, u1] = wilsonInterval(81, 263);
    assertRel(l1, 0.2552885198782742, 'lower 81/263');
    assertRel(u1, 0.36620957698280004, 'upper 81/263');
    // binomtest(1, 29).proportion_ci(method='wilson') = (0.006113214292762667, 0.17175521879320282)
    const [l2, u2] = wilsonInterval(1, 29);
    assertRel(l2, 0.006113214292762667, 'lower 1/29');
    assertRel(u2, 0.17175521879320282, 'upper 1/29');
    // binomtest(0, 20).proportion_ci(method='wilson') = (0.0, 0.16112515805281935)
    const [l3, u3] = wilsonInterval(0, 20);
    assert.equal(l3, 0);
    assertRel(u3, 0.16112515805281935, 'upper 0/20');
    // binomtest(29, 29).proportion_ci(method='wilson') = (0.8830302015002592, 1.0)
    const [l4, u4] = wilsonInterval(29, 29);
    assertRel(l4, 0.8830302015002592, 'lower 29/29');
    assert.equal(u4, 1);
  });

  test('wilsonInterval with n = 0 is [0, 1] and rejects x > n', () => {
    assert.deepEqual(wilsonInterval(0, 0), [0, 1]);
    assert.throws(() => wilsonInterval(3, 2), RangeError);
    assert.throws(() => wilsonInterval(1.5, 2), RangeError);
    assert.throws(() => wilsonInterval(1, 2, 1.2), RangeError);
  });

  test('clopperPearsonInterval matches scipy binomtest(...).proportion_ci(method="exact") and R binom.test', () => {
    // binomtest(81, 263).proportion_ci(method='exact') = (0.25273674558504267, 0.36762192260134746)
    // R: binom.test(81, 263)$conf.int = 0.252736745585271 0.367621922601351
    const [l1, u1] = clopperPearsonInterval(81, 263);
    assertRel(l1, 0.25273674558504267, 'lower 81/263');
    assertRel(u1, 0.36762192260134746, 'upper 81/263');
    // binomtest(1, 29).proportion_ci(method='exact') = (0.0008726468835971072, 0.17764429548841465)
    // R: binom.test(1, 29)$conf.int = 0.000872646883579923 0.177644295488723
    const [l2, u2] = clopperPearsonInterval(1, 29);
    assertRel(l2, 0.0008726468835971072, 'lower 1/29', 1e-8);
    assertRel(u2, 0.17764429548841465, 'upper 1/29');
    // binomtest(0, 20).proportion_ci(method='exact') = (0.0, 0.16843347098308548)
    const [l3, u3] = clopperPearsonInterval(0, 20);
    assert.equal(l3, 0);
    assertRel(u3, 0.16843347098308548, 'upper 0/20');
    // binomtest(5, 5).proportion_ci(method='exact') = (0.47817624989501856, 1.0)  [= 0.025^(1/5)]
    const [l4, u4] = clopperPearsonInterval(5, 5);
    assertRel(l4, 0.47817624989501856, 'lower 5/5');
    assert.equal(u4, 1);
  });

  test('both one-proportion intervals contain x/n and stay inside [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, u) => {
        const x = Math.min(n, Math.floor(u * (n + 1)));
        for (const [lower, upper] of [wilsonInterval(x, n), clopperPearsonInterval(x, n)]) {
          assert.ok(lower >= 0 && upper <= 1 && lower <= x / n + 1e-12 && x / n <= upper + 1e-12);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('mcnemarExact', () => {
  test('gives p = 0.070 and mid-p = 0.039 for b = 1, c = 7 (Bentur et al. example, Fagerland et al. 2013)', () => {
    // Fagerland, Lydersen & Laake (2013) BMC Med Res Methodol 13:91, example 1 (Bentur et al. 2009,
    // table [[1, 1], [7, 12]]): exact conditional p = 0.070, mid-p = 0.039 (3 decimals).
    // SciPy: binomtest(1, 8, 0.5).pvalue = 0.0703125; binom.pmf(1, 8, 0.5) = 0.03125
    //   -> mid-p = 0.0703125 - 0.03125 = 0.0390625.   R: binom.test(1, 8)$p.value = 0.0703125
    const { p, midP } = mcnemarExact(1, 7);
    assertNear(p, 0.07, PRINTED_3, 'p');
    assertNear(midP, 0.039, PRINTED_3, 'midP');
    assertRel(p, 0.0703125, 'p (scipy)');
    assertRel(midP, 0.0390625, 'midP (scipy)');
  });

  test('gives p = 0.052 and mid-p = 0.035 for b = 6, c = 16 (Cavo et al. example, Fagerland et al. 2013)', () => {
    // Fagerland et al. (2013), example 2 (Cavo et al. 2012, table [[59, 6], [16, 80]]):
    // exact conditional p = 0.052, mid-p = 0.035.
    // SciPy: binomtest(6, 22, 0.5).pvalue = 0.052478790283203125;
    //        binom.pmf(6, 22, 0.5) = 0.017789125442504886 -> mid-p = 0.03468966484069824
    // R: binom.test(6, 22)$p.value = 0.0524787902832032
    const { p, midP } = mcnemarExact(6, 16);
    assertNear(p, 0.052, PRINTED_3, 'p');
    assertNear(midP, 0.035, PRINTED_3, 'midP');
    assertRel(p, 0.052478790283203125, 'p (scipy)');
    assertRel(midP, 0.052478790283203125 - 0.017789125442504886, 'midP (scipy)');
  });

  test('gives p = 0.0654 for b = 9, c = 2', () => {
    // SciPy: binomtest(2, 11, 0.5).pvalue = 0.0654296875 (= 2·(1 + 11 + 55)/2048);
    //        binom.pmf(2, 11, 0.5) = 0.026855468749999986
    const { p, midP } = mcnemarExact(9, 2);
    assertRel(p, 0.0654296875, 'p');
    assertRel(midP, 0.0654296875 - 0.026855468749999986, 'midP');
  });

  test('is accurate for a larger table (b = 40, c = 65)', () => {
    // SciPy: binomtest(40, 105, 0.5).pvalue = 0.018740915408258018 (R: 0.018740915408258);
    //        binom.pmf(40, 105, 0.5) = 0.00396150489121971
    const { p, midP } = mcnemarExact(40, 65);
    assertRel(p, 0.018740915408258018, 'p');
    assertRel(midP, 0.018740915408258018 - 0.00396150489121971, 'midP');
  });

  test('b = c gives p = 1 and mid-p = 1 − ½·P(X = b) (b = c = 5)', () => {
    // Fagerland et al. (2013): for n12 = n21, mid-p = 1 - 0.5·P(X = n12).
    // SciPy: binomtest(5, 10, 0.5).pvalue = 1.0; binom.pmf(5, 10, 0.5) = 0.24609375000000003
    const { p, midP } = mcnemarExact(5, 5);
    assert.equal(p, 1);
    assertRel(midP, 1 - 0.5 * 0.24609375000000003, 'midP');
  });

  test('no discordant pairs (b = c = 0) gives p = 1 and mid-p = 1', () => {
    assert.deepEqual(mcnemarExact(0, 0), { p: 1, midP: 1 });
  });

  test('b = 0 gives p = 2·0.5^c (b = 0, c = 5: p = 0.0625, mid-p = 0.03125)', () => {
    // SciPy: binomtest(0, 5, 0.5).pvalue = 0.0625; binom.pmf(0, 5, 0.5) = 0.03125
    const { p, midP } = mcnemarExact(0, 5);
    assertRel(p, 0.0625, 'p');
    assertRel(midP, 0.03125, 'midP');
    assert.deepEqual(mcnemarExact(5, 0), mcnemarExact(0, 5));
  });

  test('rejects negative or fractional counts', () => {
    assert.throws(() => mcnemarExact(-1, 3), RangeError);
    assert.throws(() => mcnemarExact(1.5, 3), RangeError);
    assert.throws(() => mcnemarExact(Number.NaN, 3), RangeError);
  });

  test('is symmetric, has p and mid-p in [0, 1] and mid-p ≤ p (property)', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.nat(400), (b, c) => {
        const r = mcnemarExact(b, c);
        assert.deepEqual(mcnemarExact(c, b), r);
        assert.ok(r.p >= 0 && r.p <= 1 && r.midP >= 0 && r.midP <= 1 && r.midP <= r.p);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('newcombePairedDifferenceCI', () => {
  test('reproduces the published Newcombe square-and-add interval for Cavo et al., with the after − before sign', () => {
    // Fagerland, Lydersen & Laake (2017), Statistical Analysis of Contingency Tables, ch. 8, Cavo
    // et al. (2012) table [[59, 6], [16, 80]] (rows = before): "estimate = -0.0621 (95% CI -0.1186 to
    // -0.0046)" for first − second (as asserted in the book's R package contingencytables,
    // tests/testthat/test-ch8.R). Koers reports after − before: a=59, b=6 (before only),
    // c=16 (after only), d=80, so the estimate is +10/161 = +0.0621 and the CI is [0.0046, 0.1186].
    // Python newc(59, 16, 6, 80) = (0.06211180124223603, 0.004625113933050054, 0.11862119563870996)
    const [lower, upper] = newcombePairedDifferenceCI({ a: 59, b: 6, c: 16, d: 80 });
    assertNear(lower, 0.0046, PRINTED_4, 'lower');
    assertNear(upper, 0.1186, PRINTED_4, 'upper');
    assertRel(lower, 0.004625113933050054, 'lower (python)', 1e-8);
    assertRel(upper, 0.11862119563870996, 'upper (python)');
  });

  test('a decrease gives a negative interval: swapping b and c mirrors it (Cavo, b = 16, c = 6)', () => {
    // Same source as above, now in the book's own direction: -0.0621 (-0.1186 to -0.0046).
    const [lower, upper] = newcombePairedDifferenceCI({ a: 59, b: 16, c: 6, d: 80 });
    assertNear(lower, -0.1186, PRINTED_4, 'lower');
    assertNear(upper, -0.0046, PRINTED_4, 'upper');
  });

  test('matches the independent Python implementation for Bentur et al. (a=1, b=1, c=7, d=12)', () => {
    // Python newc(1, 7, 1, 12) = (0.2857142857142857, 0.02555912416485978, 0.506920226686141)
    const [lower, upper] = newcombePairedDifferenceCI({ a: 1, b: 1, c: 7, d: 12 });
    assertRel(lower, 0.02555912416485978, 'lower');
    assertRel(upper, 0.506920226686141, 'upper');
  });

  test('sets phi to 0 when 0 ≤ ad − bc ≤ n/2 (a=4, b=2, c=3, d=2)', () => {
    // ad − bc = 8 − 6 = 2 ≤ n/2 = 5.5 -> phi = 0 (Newcombe's rule).
    // Python newc(4, 3, 2, 2) = (0.09090909090909094, -0.28101108624424315, 0.43054051993155246)
    const [lower, upper] = newcombePairedDifferenceCI({ a: 4, b: 2, c: 3, d: 2 });
    assertRel(lower, -0.28101108624424315, 'lower');
    assertRel(upper, 0.43054051993155246, 'upper');
  });

  test('uses a negative phi as is when ad < bc (a=9, b=3, c=12, d=2), and works at the 90% level', () => {
    // ad − bc = 18 − 36 < 0, so phi = (ad − bc)/√(…) without correction.
    // Python newc(9, 12, 3, 2) = (0.34615384615384615, 0.06709956085537, 0.5625466770511999)
    const [lower, upper] = newcombePairedDifferenceCI({ a: 9, b: 3, c: 12, d: 2 });
    assertRel(lower, 0.06709956085537, 'lower');
    assertRel(upper, 0.5625466770511999, 'upper');
    // Python newc(59, 16, 6, 80, 0.90) = (0.0621…, 0.013785990793168446, 0.1097448428717901)
    const [l90, u90] = newcombePairedDifferenceCI({ a: 59, b: 6, c: 16, d: 80 }, 0.9);
    assertRel(l90, 0.013785990793168446, 'lower 90%', 1e-8);
    assertRel(u90, 0.1097448428717901, 'upper 90%');
  });

  test('no discordant pairs (a=10, b=0, c=0, d=10) gives a symmetric interval around 0', () => {
    // ad − bc = 100 > n/2 = 10 -> phi = 90/√(10⁴) = 0.9.
    // Python newc(10, 0, 0, 10) = (0.0, -0.08975665937768057, 0.08975665937768049)
    const [lower, upper] = newcombePairedDifferenceCI({ a: 10, b: 0, c: 0, d: 10 });
    assertRel(lower, -0.08975665937768057, 'lower');
    assertRel(upper, 0.08975665937768049, 'upper');
  });

  test('all kansrijk before and after (a = 20) gives ±(Wilson upper limit of 0/20)', () => {
    // A marginal total is 0 -> phi = 0, and the limits are ∓(1 − l) with l the Wilson lower limit of
    // 20/20, i.e. ± the Wilson upper limit of 0/20:
    // binomtest(0, 20).proportion_ci(method='wilson').high = 0.16112515805281935
    const [lower, upper] = newcombePairedDifferenceCI({ a: 20, b: 0, c: 0, d: 0 });
    assertRel(lower, -0.16112515805281935, 'lower');
    assertRel(upper, 0.16112515805281935, 'upper');
    // Nobody kansrijk (d = 5): binomtest(0, 5).proportion_ci(method='wilson').high = 0.43448246478317476
    const [l0, u0] = newcombePairedDifferenceCI({ a: 0, b: 0, c: 0, d: 5 });
    assertRel(l0, -0.43448246478317476, 'lower none');
    assertRel(u0, 0.43448246478317476, 'upper none');
  });

  test('b = 0 and c = 0 (one-directional change) give mirrored intervals', () => {
    // Python newc(5, 5, 0, 10) = (0.25, 0.03190805023213644, 0.43371870170765725)
    const [l1, u1] = newcombePairedDifferenceCI({ a: 5, b: 0, c: 5, d: 10 });
    assertRel(l1, 0.03190805023213644, 'lower b=0');
    assertRel(u1, 0.43371870170765725, 'upper b=0');
    // Python newc(5, 0, 5, 10) = (-0.25, -0.43371870170765725, -0.031908050232136415)
    const [l2, u2] = newcombePairedDifferenceCI({ a: 5, b: 5, c: 0, d: 10 });
    assertRel(l2, -0.43371870170765725, 'lower c=0');
    assertRel(u2, -0.031908050232136415, 'upper c=0');
  });

  test('n = 0 gives [-1, 1]; bad counts and levels throw', () => {
    assert.deepEqual(newcombePairedDifferenceCI({ a: 0, b: 0, c: 0, d: 0 }), [-1, 1]);
    assert.throws(() => newcombePairedDifferenceCI({ a: -1, b: 0, c: 0, d: 0 }), RangeError);
    assert.throws(() => newcombePairedDifferenceCI({ a: 1, b: 0, c: 0, d: 0 }, 0), RangeError);
  });

  test('contains (c − b)/n, stays in [-1, 1], mirrors under b ↔ c and widens with the level (property)', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), fc.nat(60), fc.nat(60), (a, b, c, d) => {
        fc.pre(a + b + c + d > 0);
        const n = a + b + c + d;
        const estimate = (c - b) / n;
        const [lower, upper] = newcombePairedDifferenceCI({ a, b, c, d });
        assert.ok(lower >= -1 && upper <= 1 && lower <= estimate + 1e-12 && estimate <= upper + 1e-12);
        const [mLower, mUpper] = newcombePairedDifferenceCI({ a, b: c, c: b, d });
        assertNear(mLower, -upper, 1e-12, 'mirrored lower');
        assertNear(mUpper, -lower, 1e-12, 'mirrored upper');
        const [l99, u99] = newcombePairedDifferenceCI({ a, b, c, d }, 0.99);
        assert.ok(l99 <= lower + 1e-12 && u99 >= upper - 1e-12);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('pairedOddsRatio', () => {
  test('gives OR = c/b with the transformed Clopper–Pearson interval (b = 6, c = 16)', () => {
    // SciPy: binomtest(16, 22).proportion_ci(method='exact') = (0.4977787987335407, 0.892710751629603)
    // R: binom.test(16, 22)$conf.int = 0.497778798733651 0.892710751629603
    // -> OR limits μ/(1 − μ):
    const lowerMu = 0.4977787987335407;
    const upperMu = 0.892710751629603;
    const r = pairedOddsRatio({ b: 6, c: 16 });
    assertRel(r.or, 16 / 6, 'or');
    assertRel(r.lower, lowerMu / (1 - lowerMu), 'lower');
    assertRel(r.upper, upperMu / (1 - upperMu), 'upper');
  });

  test('b = 0 gives OR = Infinity with a finite lower limit (b = 0, c = 5)', () => {
    // binomtest(5, 5).proportion_ci(method='exact') = (0.47817624989501856, 1.0)
    const r = pairedOddsRatio({ b: 0, c: 5 });
    assert.equal(r.or, Number.POSITIVE_INFINITY);
    assert.equal(r.upper, Number.POSITIVE_INFINITY);
    assertRel(r.lower, 0.47817624989501856 / (1 - 0.47817624989501856), 'lower');
  });

  test('c = 0 gives OR = 0 with a finite upper limit (b = 5, c = 0)', () => {
    // binomtest(0, 5).proportion_ci(method='exact') = (0.0, 0.5218237501049814)
    const r = pairedOddsRatio({ b: 5, c: 0 });
    assert.equal(r.or, 0);
    assert.equal(r.lower, 0);
    assertRel(r.upper, 0.5218237501049814 / (1 - 0.5218237501049814), 'upper');
  });

  test('no discordant pairs gives OR = NaN and the interval [0, Infinity]', () => {
    const r = pairedOddsRatio({ b: 0, c: 0 });
    assert.ok(Number.isNaN(r.or));
    assert.equal(r.lower, 0);
    assert.equal(r.upper, Number.POSITIVE_INFINITY);
  });

  test('contains the OR and inverts under b ↔ c (property)', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), (b, c) => {
        fc.pre(b + c > 0);
        const r = pairedOddsRatio({ b, c });
        const s = pairedOddsRatio({ b: c, c: b });
        assert.ok(r.lower <= r.or && r.or <= r.upper);
        if (r.upper !== Number.POSITIVE_INFINITY) assertRel(s.lower, 1 / r.upper, 'inverted lower', 1e-8);
        if (r.lower !== 0) assertRel(s.upper, 1 / r.lower, 'inverted upper', 1e-8);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('wilcoxonSignedRank', () => {
  test('gives W+ = 40, exact p = 0.0391 for the Hollander & Wolfe depression data (R wilcox.test example)', () => {
    // Hollander & Wolfe (1973), p. 29; the example in R's ?wilcox.test:
    // R: wilcox.test(x, y, paired = TRUE) -> V = 40, p-value = 0.0390625 (exact)
    // SciPy: wilcoxon(x, y, method='exact') -> statistic=5.0 (= min(W+, W−)), pvalue=0.0390625
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    const r = wilcoxonSignedRank(x.map((xi, i) => xi - (y[i] as number)));
    assert.equal(r.method, 'exact');
    assert.equal(r.n, 9);
    assert.equal(r.w, 40);
    assert.equal(r.wMinus, 5);
    assertRel(r.p, 0.0390625, 'p');
    // Kerby (2014) simple difference: (40 − 5)/45 = 0.7778
    assertRel(r.rankBiserial, 35 / 45, 'rank-biserial');
  });

  test("gives exact p = 0.0413 for Darwin's Zea mays differences (Fisher 1935; SciPy docs example)", () => {
    // SciPy: wilcoxon(d, method='exact') -> statistic=24.0, pvalue=0.041259765625
    // R: wilcox.test(d) -> V = 96, p-value = 0.041259765625
    const d = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];
    const r = wilcoxonSignedRank(d);
    assert.equal(r.method, 'exact');
    assert.equal(r.w, 96);
    assert.equal(r.wMinus, 24);
    assertRel(r.p, 0.041259765625, 'p');
    assertRel(r.rankBiserial, (96 - 24) / 120, 'rank-biserial');
  });

  test('drops zeros, says how many, and stays exact when the rest has no ties', () => {
    // Zero dropped by hand, then SciPy: wilcoxon([0.5, -1.25, 2, 3.5, -0.75, 4, 1.5, 6], method='exact')
    // -> statistic=5.0, pvalue=0.078125. Ranks of |d|: W− = 3 + 2 = 5, W+ = 36 − 5 = 31.
    const r = wilcoxonSignedRank([0.5, -1.25, 2, 3.5, -0.75, 4, 1.5, 0, 6]);
    assert.equal(r.zerosDropped, 1);
    assert.equal(r.n, 8);
    assert.equal(r.method, 'exact');
    assert.equal(r.w, 31);
    assertRel(r.p, 0.078125, 'p');
    assertRel(r.rankBiserial, (31 - 5) / 36, 'rank-biserial');
  });

  test('uses the tie- and continuity-corrected normal approximation for tied prospect-score changes', () => {
    // 22 integer differences, 4 zeros (dropped), many ties.
    // SciPy: wilcoxon(dt, method='asymptotic', correction=True, zero_method='wilcox')
    //   -> statistic=28.0 (= W−), pvalue=0.0099480712915826
    // R: wilcox.test(dt, correct=TRUE) -> V = 143, p-value = 0.0099480712915826
    const dt = [1, 1, 2, 0, 0, -1, 1, 3, 2, 1, 0, 1, -2, 1, 2, 1, 0, 1, 1, -1, 2, 1];
    const r = wilcoxonSignedRank(dt);
    assert.equal(r.method, 'normal');
    assert.equal(r.zerosDropped, 4);
    assert.equal(r.n, 18);
    assert.equal(r.w, 143);
    assert.equal(r.wMinus, 28);
    assertRel(r.p, 0.0099480712915826, 'p');
    assertRel(r.rankBiserial, (143 - 28) / 171, 'rank-biserial');
  });

  test('uses the normal approximation above n = 50 (n = 60, no ties)', () => {
    // d_i = (7919·i mod 1000) − 400, i = 1..60 (60 distinct |d|, no zeros)
    // SciPy: wilcoxon(d, method='asymptotic', correction=True) -> statistic=594.0, pvalue=0.01830482125546408
    // R: wilcox.test(d, exact=FALSE, correct=TRUE) -> V = 1236, p = 0.0183048212554641
    const d = Array.from({ length: 60 }, (_, i) => ((7919 * (i + 1)) % 1000) - 400);
    const r = wilcoxonSignedRank(d);
    assert.equal(r.method, 'normal');
    assert.equal(r.w, 1236);
    assertRel(r.p, 0.01830482125546408, 'p');
  });

  test('all differences the same and non-zero: W+ = n(n+1)/2, r = 1, normal approximation because of ties', () => {
    // SciPy: wilcoxon([1, 1, 1, 1, 1], method='asymptotic', correction=True) -> pvalue=0.03688842570704982
    // R: wilcox.test(c(1,1,1,1,1), correct=TRUE)$p.value = 0.0368884257070499
    const r = wilcoxonSignedRank([1, 1, 1, 1, 1]);
    assert.equal(r.method, 'normal');
    assert.equal(r.w, 15);
    assert.equal(r.rankBiserial, 1);
    assertRel(r.p, 0.03688842570704982, 'p');
  });

  test('all differences zero, or none: n = 0, p = 1, r = 0', () => {
    assert.deepEqual(wilcoxonSignedRank([0, 0, 0]), {
      n: 0, zerosDropped: 3, w: 0, wMinus: 0, p: 1, rankBiserial: 0, method: 'exact', z: null,
    });
    assert.equal(wilcoxonSignedRank([]).n, 0);
    assert.equal(wilcoxonSignedRank([]).p, 1);
  });

  test('a single difference gives p = 1', () => {
    // SciPy: wilcoxon([3], method='exact') -> pvalue=1.0
    const r = wilcoxonSignedRank([3]);
    assert.equal(r.p, 1);
    assert.equal(r.w, 1);
  });

  test('rejects non-finite differences', () => {
    assert.throws(() => wilcoxonSignedRank([1, Number.NaN]), RangeError);
    assert.throws(() => wilcoxonSignedRank([1, Number.POSITIVE_INFINITY]), RangeError);
  });

  test('p in [0, 1], r in [-1, 1], W+ + W− = n(n+1)/2, and negating all differences flips r only (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 80 }), (d) => {
        const r = wilcoxonSignedRank(d);
        const s = wilcoxonSignedRank(d.map((x) => -x));
        assert.ok(r.p >= 0 && r.p <= 1 && r.rankBiserial >= -1 && r.rankBiserial <= 1);
        assert.equal(r.w + r.wMinus, (r.n * (r.n + 1)) / 2);
        assertNear(s.p, r.p, 1e-12, 'p under negation');
        assertNear(s.rankBiserial, -r.rankBiserial, 1e-12, 'r under negation');
      }),
    );
  });

  test('exact p is in (0, 1] and unchanged by negating all differences, for untied data (property)', () => {
    const magnitudes = fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 });
    const signs = fc.array(fc.boolean(), { minLength: 30, maxLength: 30 });
    fc.assert(
      fc.property(magnitudes, signs, (magnitudes, signs) => {
        const d = magnitudes.map((m, i) => (signs[i] ? m : -m));
        const r = wilcoxonSignedRank(d);
        assert.equal(r.method, 'exact');
        assert.ok(r.p > 0 && r.p <= 1);
        assertNear(wilcoxonSignedRank(d.map((x) => -x)).p, r.p, 1e-12, 'p under negation');
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('transitionMatrix', () => {
  test('cross-tabulates before × after with sorted categories and "weet ik nog niet" last', () => {
    const pairs = [
      { before: 'techniek', after: 'techniek' },
      { before: 'zorg', after: 'techniek' },
      { before: UNDECIDED, after: 'ict' },
      { before: UNDECIDED, after: UNDECIDED },
      { before: 'ict', after: 'zorg' },
      { before: 'zorg', after: 'zorg' },
      { before: UNDECIDED, after: 'zorg' },
    ];
    const m = transitionMatrix(pairs);
    // Counted by hand: rows = before, columns = after, order ict, techniek, zorg, weet-ik-nog-niet.
    assert.equal(UNDECIDED, 'weet-ik-nog-niet');
    assert.deepEqual(m.categories, ['ict', 'techniek', 'zorg', UNDECIDED]);
    assert.deepEqual(m.counts, [
      [0, 0, 1, 0],
      [0, 1, 0, 0],
      [0, 1, 1, 0],
      [1, 0, 1, 1],
    ]);
    assert.deepEqual(m.rowTotals, [1, 1, 2, 3]);
    assert.deepEqual(m.colTotals, [1, 2, 3, 1]);
    assert.equal(m.total, 7);
  });

  test('includes listed categories without students, and handles no pairs', () => {
    const m = transitionMatrix([{ before: 'zorg', after: 'zorg' }], [UNDECIDED, 'onderwijs', 'zorg']);
    assert.deepEqual(m.categories, ['onderwijs', 'zorg', UNDECIDED]);
    assert.deepEqual(m.counts, [
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    const empty = transitionMatrix([]);
    assert.deepEqual(empty, { categories: [], counts: [], rowTotals: [], colTotals: [], total: 0 });
    assert.throws(() => transitionMatrix([{ before: '', after: 'zorg' }]), RangeError);
  });

  test('totals agree and the order does not depend on input order (property)', () => {
    const category = fc.constantFrom('ict', 'zorg', 'techniek', 'onderwijs', UNDECIDED);
    fc.assert(
      fc.property(fc.array(fc.record({ before: category, after: category }), { maxLength: 50 }), (pairs) => {
        const m = transitionMatrix(pairs);
        const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
        assert.equal(sum(m.rowTotals), pairs.length);
        assert.equal(sum(m.colTotals), pairs.length);
        if (m.categories.includes(UNDECIDED)) assert.equal(m.categories.at(-1), UNDECIDED);
        assert.deepEqual(transitionMatrix([...pairs].reverse()), m);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('missingDataBounds', () => {
  /** 20 students with both measurements (a=5, b=2, c=6, d=7) and 6 without post (2 kansrijk before). */
  function classOf26(): PrePostObservation[] {
    const rows: PrePostObservation[] = [];
    const add = (count: number, before: boolean, after: boolean | null): void => {
      for (let i = 0; i < count; i++) rows.push({ before, after });
    };
    add(5, true, true);
    add(2, true, false);
    add(6, false, true);
    add(7, false, false);
    add(2, true, null);
    add(4, false, null);
    return rows;
  }

  test('gives complete-case, best-case, worst-case and no-change shares and the response rate', () => {
    const r = missingDataBounds(classOf26());
    // Counted by hand: nPre = 26, nPost = 20, response rate 20/26.
    assert.equal(r.nPre, 26);
    assert.equal(r.nPost, 20);
    assert.equal(r.nMissing, 6);
    assertRel(r.responseRate ?? Number.NaN, 20 / 26, 'response rate');
    // Complete case: before (5+2)/20 = 0.35, after (5+6)/20 = 0.55, difference 0.20.
    assert.equal(r.completeCase.n, 20);
    assertRel(r.completeCase.before ?? Number.NaN, 7 / 20, 'cc before');
    assertRel(r.completeCase.after ?? Number.NaN, 11 / 20, 'cc after');
    assertRel(r.completeCase.difference ?? Number.NaN, 4 / 20, 'cc difference');
    assert.deepEqual(r.completeCase.table, { a: 5, b: 2, c: 6, d: 7 });
    // Best case: the 6 missing count as kansrijk after: before 9/26, after (11+6)/26, diff 8/26.
    assertRel(r.bestCase.before ?? Number.NaN, 9 / 26, 'best before');
    assertRel(r.bestCase.after ?? Number.NaN, 17 / 26, 'best after');
    assertRel(r.bestCase.difference ?? Number.NaN, 8 / 26, 'best difference');
    // Worst case: missing count as not kansrijk: after 11/26, diff 2/26.
    assertRel(r.worstCase.after ?? Number.NaN, 11 / 26, 'worst after');
    assertRel(r.worstCase.difference ?? Number.NaN, 2 / 26, 'worst difference');
    // No change: missing keep their before value: after (11+2)/26, diff 4/26.
    assertRel(r.noChange.after ?? Number.NaN, 13 / 26, 'no-change after');
    assertRel(r.noChange.difference ?? Number.NaN, 4 / 26, 'no-change difference');
    assert.deepEqual(r.noChange.table, { a: 7, b: 2, c: 6, d: 11 });
  });

  test('n = 0 gives null shares; nobody missing makes all four scenarios equal', () => {
    const empty = missingDataBounds([]);
    assert.equal(empty.responseRate, null);
    assert.equal(empty.completeCase.before, null);
    assert.equal(empty.bestCase.difference, null);
    const noneMissing = missingDataBounds([
      { before: true, after: true },
      { before: false, after: true },
    ]);
    assert.equal(noneMissing.responseRate, 1);
    assert.deepEqual(noneMissing.bestCase, noneMissing.completeCase);
    assert.deepEqual(noneMissing.worstCase, noneMissing.completeCase);
    assert.deepEqual(noneMissing.noChange, noneMissing.completeCase);
    const allMissing = missingDataBounds([{ before: true, after: null }]);
    assert.equal(allMissing.responseRate, 0);
    assert.equal(allMissing.completeCase.n, 0);
    assert.equal(allMissing.completeCase.difference, null);
    assert.equal(allMissing.worstCase.difference, -1);
  });

  test('every possible completion lies between the worst and best case (property)', () => {
    const observation = fc.record({ before: fc.boolean(), after: fc.option(fc.boolean(), { nil: null }) });
    const observations = fc.array(observation, { minLength: 1, maxLength: 40 });
    const fills = fc.array(fc.boolean(), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(observations, fills, (obs, fill) => {
        const r = missingDataBounds(obs);
        const completed = obs.map((o, i) => ({ before: o.before, after: o.after ?? (fill[i] as boolean) }));
        const t = pairedTable(completed);
        const difference = (t.c - t.b) / obs.length;
        const worst = r.worstCase.difference ?? Number.NaN;
        const best = r.bestCase.difference ?? Number.NaN;
        const noChange = r.noChange.difference ?? Number.NaN;
        assert.ok(worst <= difference + 1e-12 && difference <= best + 1e-12);
        assert.ok(worst <= noChange + 1e-12 && noChange <= best + 1e-12);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('requiredSampleSize (Connor 1987)', () => {
  test('gives n = 23 for p01 = 0.45, p10 = 0.05, α = 0.05, power 0.8 (powerandsamplesize.com example)', () => {
    // HyLown "Compare Paired Proportions: McNemar's Z-test, 2-Sided Equality" (Connor 1987, p. 209):
    // p01=0.45, p10=0.05, alpha=0.05, beta=0.20 -> "ceiling(n) # 23".
    // R: ((qnorm(1-0.05/2)*sqrt(0.5)+qnorm(0.8)*sqrt(0.5-0.4^2))/0.4)^2 = 22.0113244274358
    const r = requiredSampleSize({ p10: 0.05, p01: 0.45 });
    assert.equal(r.n, 23);
    assertRel(r.nUnrounded, 22.011324427435788, 'n unrounded');
    assertRel(r.pDiscordant, 0.5, 'pDiscordant');
    assertRel(r.difference, 0.4, 'difference');
  });

  test('gives n = 155 for p10 = 0.15, p01 = 0.30 and n = 206 at 90% power for p10 = 0.05, p01 = 0.15', () => {
    // Python (same formula, scipy.stats.norm.ppf):
    //   (norm.ppf(0.975)*sqrt(0.45) + norm.ppf(0.8)*sqrt(0.45-0.15**2))**2/0.15**2 = 154.59856956021105
    //   (norm.ppf(0.975)*sqrt(0.2) + norm.ppf(0.9)*sqrt(0.2-0.1**2))**2/0.1**2 = 205.96208410726015
    const r1 = requiredSampleSize({ p10: 0.15, p01: 0.3 });
    assert.equal(r1.n, 155);
    assertRel(r1.nUnrounded, 154.59856956021105, 'n unrounded (0.15, 0.30)');
    const r2 = requiredSampleSize({ p10: 0.05, p01: 0.15, power: 0.9 });
    assert.equal(r2.n, 206);
    assertRel(r2.nUnrounded, 205.96208410726015, 'n unrounded (0.05, 0.15, 90%)');
  });

  test('accepts the discordant proportion and difference instead, with either sign', () => {
    const fromCells = requiredSampleSize({ p10: 0.1, p01: 0.2 });
    // Python: 233.09453820467388 for p10 = 0.1, p01 = 0.2
    assertRel(fromCells.nUnrounded, 233.09453820467388, 'n unrounded');
    assert.equal(requiredSampleSize({ pDiscordant: 0.3, difference: 0.1 }).n, fromCells.n);
    assert.equal(requiredSampleSize({ pDiscordant: 0.3, difference: -0.1 }).n, fromCells.n);
  });

  test('rejects an effect of zero, |δ| > ψ, and α or power outside (0, 1)', () => {
    assert.throws(() => requiredSampleSize({ p10: 0.1, p01: 0.1 }), RangeError);
    assert.throws(() => requiredSampleSize({ pDiscordant: 0.1, difference: 0.2 }), RangeError);
    assert.throws(() => requiredSampleSize({ p10: 0.1, p01: 0.2, alpha: 0 }), RangeError);
    assert.throws(() => requiredSampleSize({ p10: 0.1, p01: 0.2, power: 1 }), RangeError);
    assert.throws(() => requiredSampleSize({ p10: 0.7, p01: 0.6 }), RangeError);
  });
});
