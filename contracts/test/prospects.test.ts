/**
 * The documented mapping of prospect indicators to one score 1–5 (contracts/src/prospects.ts) and
 * the kansrijk rule. Expected values follow from the tables in that file, written out by hand.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as fc from 'fast-check';
import { DEFAULT_KANSRIJK_RULE, isKansrijk, prospectScore } from '../src/prospects';

describe('prospect score', () => {
  test('maps the five ROA typeringen one to one', () => {
    const scores = ['zeer goed', 'goed', 'redelijk', 'matig', 'slecht'].map((label) => prospectScore('roa-typering', label));
    assert.deepEqual(scores, [5, 4, 3, 2, 1].map((score) => ({ ok: true, score })));
    assert.deepEqual(prospectScore('roa-typering', '  Zeer  Goed '), { ok: true, score: 5 });
  });

  test('refuses qualitative texts instead of guessing a category', () => {
    for (const text of ['tekorten verwacht', 'krapte neemt toe', 'minder gunstig', '']) {
      assert.deepEqual(prospectScore('roa-typering', text), { ok: false, reason: 'unknown_label' }, text);
      assert.deepEqual(prospectScore('sbb-kans-op-werk', text), { ok: false, reason: 'unknown_label' }, text);
    }
  });

  test('reads SBB-style levels with or without "kans op werk"', () => {
    assert.deepEqual(prospectScore('sbb-kans-op-werk', 'Goed'), { ok: true, score: 5 });
    assert.deepEqual(prospectScore('sbb-kans-op-werk', 'Kans op werk: voldoende'), { ok: true, score: 4 });
    assert.deepEqual(prospectScore('sbb-kans-op-stage', 'matig'), { ok: true, score: 3 });
    assert.deepEqual(prospectScore('sbb-kans-op-stage', 'beperkt'), { ok: true, score: 2 });
    assert.deepEqual(prospectScore('sbb-kans-op-werk', 'geen'), { ok: true, score: 1 });
  });

  test('splits a numeric scale into five equal bands, either direction', () => {
    const up = { min: 0, max: 100, higherIsBetter: true };
    const bands = ['0', '19,9', '20', '39.99', '40', '60', '79', '80', '100'].map((value) => prospectScore('numeriek', value, up));
    assert.deepEqual(bands.map((mapping) => (mapping.ok ? mapping.score : null)), [1, 1, 2, 2, 3, 4, 4, 5, 5]);
    const down = { min: 1, max: 6, higherIsBetter: false }; // e.g. a tension rank where 1 is best
    assert.deepEqual(prospectScore('numeriek', '1', down), { ok: true, score: 5 });
    assert.deepEqual(prospectScore('numeriek', '6', down), { ok: true, score: 1 });
    assert.deepEqual(prospectScore('numeriek', '101', up), { ok: false, reason: 'out_of_range' });
    assert.deepEqual(prospectScore('numeriek', '1.000,5', up), { ok: false, reason: 'not_a_number' });
    assert.deepEqual(prospectScore('numeriek', '5', { min: 3, max: 3, higherIsBetter: true }), { ok: false, reason: 'bad_scale' });
    assert.deepEqual(prospectScore('numeriek', '5'), { ok: false, reason: 'bad_scale' });
  });

  test('is monotone in the value and always 1..5 inside the scale', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (min, width, a, b) => {
          const scale = { min, max: min + width, higherIsBetter: true };
          const [low, high] = [Math.min(a, b), Math.max(a, b)].map((share) => prospectScore('numeriek', (min + share * width).toFixed(12), scale));
          if (!low!.ok || !high!.ok) return true; // rounding put a value just outside the scale
          return low!.score >= 1 && high!.score <= 5 && low!.score <= high!.score;
        },
      ),
    );
  });
});

describe('kansrijk rule', () => {
  test('defaults to a prospect score of 4 or more, version 1', () => {
    assert.deepEqual(DEFAULT_KANSRIJK_RULE, { version: 1, minScore: 4 });
    assert.deepEqual([1, 2, 3, 4, 5].map((score) => isKansrijk(score as 1 | 2 | 3 | 4 | 5)), [false, false, false, true, true]);
    assert.equal(isKansrijk(null), false);
    assert.equal(isKansrijk(3, { version: 2, minScore: 3 }), true);
  });
});
