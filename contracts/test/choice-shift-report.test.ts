/**
 * The choice-shift report: pairing counts, small-cell suppression (primary and secondary) and the
 * generated sentence. Statistics themselves are tested in statistics.test.ts against R/SciPy;
 * here the expected numbers are counted by hand from the fixtures.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as fc from 'fast-check';
import { buildChoiceShiftReport, scoreDistribution, suppressCells, suppressPairedCells, type ScoredMeasurement, type StudentMeasurements } from '../src/choice-shift-report';
import { newcombePairedDifferenceCI } from '../src/statistics';

const rule = { version: 1, minScore: 4 };
const m = (kansrijk: boolean, category = kansrijk ? 'zorg-welzijn' : 'economie-handel', certainty = 3): ScoredMeasurement => ({
  category,
  score: kansrijk ? 5 : 2,
  kansrijk,
  certainty,
  basis: 'handmatig',
});

/** a students kansrijk before and after, b before only, c after only, d neither, plus `missing` without a post. */
function group(a: number, b: number, c: number, d: number, missing = 0): StudentMeasurements[] {
  const students: StudentMeasurements[] = [];
  const add = (count: number, before: boolean, after: boolean | null) => {
    for (let i = 0; i < count; i++) students.push({ before: m(before), after: after === null ? null : m(after), rule });
  };
  add(a, true, true);
  add(b, true, false);
  add(c, false, true);
  add(d, false, false);
  add(missing, false, null);
  return students;
}

describe('choice-shift report', () => {
  test('writes the sentence of the issue from the numbers: 9 of 26 before, 15 after', () => {
    const report = buildChoiceShiftReport({ scope: { classId: 'x' }, label: { nl: 'klas H3A', en: 'klas H3A' }, wording: 'les', students: group(8, 1, 7, 10) });
    assert.equal(report.nPaired, 26);
    assert.equal(report.kansrijk?.before.count, 9);
    assert.equal(report.kansrijk?.after.count, 15);
    // 6/26 = 0.2308 → +23; the interval is Newcombe's method 10 on the same table, rounded to whole points.
    const [lower, upper] = newcombePairedDifferenceCI({ a: 8, b: 1, c: 7, d: 10 });
    const fmt = (x: number) => `+${Math.round(x * 100)}`;
    assert.ok(lower > 0, 'the interval of this table excludes 0');
    assert.equal(
      report.sentence.nl,
      `Voor de les koos 9 van de 26 leerlingen een kansrijke opleiding, na de les 15 (verschil +23 procentpunt, 95%-betrouwbaarheidsinterval ${fmt(lower)} tot ${fmt(upper)}). ` +
        'Zonder vergelijkingsgroep weten we niet zeker of dit door de les komt.',
    );
    assert.match(report.sentence.en, /^Before the lesson, 9 of the 26 students chose an opleiding with good prospects, after the lesson 15 \(difference \+23 percentage points/);
    // b = 1 is a small cell: with the margins published, all four cells are hidden.
    assert.deepEqual(report.kansrijk?.table, { a: '•', b: '<5', c: '•', d: '•' });
  });

  test('says chance may explain a difference whose interval contains 0, and names the missing post measurements', () => {
    const report = buildChoiceShiftReport({ scope: {}, label: { nl: 'school', en: 'school' }, wording: 'meting', students: group(5, 6, 8, 11, 4) });
    assert.equal(report.nPre, 34);
    assert.equal(report.nPost, 30);
    assert.equal(report.nPaired, 30);
    assert.equal(report.responseRate, 30 / 34);
    assert.match(report.sentence.nl, /^Bij de meting vooraf koos 11 van de 30 leerlingen/);
    assert.match(report.sentence.nl, /Dit verschil kan ook door toeval komen \(McNemar p = 0,79\)\./);
    // 4 missing, all not kansrijk before: best case 4 more kansrijk after: (8+4−6)/34 = +18; worst (8−6)/34 = +6.
    assert.match(report.sentence.nl, /Van minder dan 5 van de 34 leerlingen ontbreekt de meting achteraf; afhankelijk van hun keuze ligt het verschil tussen \+6 en \+18 procentpunt\./);
    assert.match(report.sentence.nl, /door de lessen komt\.$/);
    assert.deepEqual(report.kansrijk?.table, { a: 5, b: 6, c: 8, d: 11 });
  });

  test('shows no statistics under 10 paired students and says why', () => {
    const report = buildChoiceShiftReport({ scope: {}, label: { nl: 'klas', en: 'klas' }, wording: 'les', students: group(3, 1, 4, 1, 5) });
    assert.equal(report.nPaired, 9);
    assert.deepEqual(report.suppressed, { reason: 'too_few_pairs', minimum: 10 });
    assert.equal(report.kansrijk, null);
    assert.equal(report.transitions, null);
    assert.match(report.sentence.nl, /^9 leerlingen deden de keuzemeting zowel vooraf als achteraf\. Bij minder dan 10 gekoppelde leerlingen tonen we geen cijfers/);
    assert.ok(report.sampleSize && report.sampleSize.n > 10);
  });

  test('handles n = 0, fewer than 5 pairs, and groups where nobody changes', () => {
    const empty = buildChoiceShiftReport({ scope: {}, label: { nl: 'klas', en: 'klas' }, wording: 'les', students: [] });
    assert.equal(empty.nPre, 0);
    assert.equal(empty.responseRate, 0);
    assert.match(empty.sentence.nl, /^Nog geen enkele leerling/);
    const few = buildChoiceShiftReport({ scope: {}, label: { nl: 'klas', en: 'klas' }, wording: 'les', students: group(1, 1, 1, 0) });
    assert.match(few.sentence.nl, /^Minder dan 5 leerlingen/);
    const same = buildChoiceShiftReport({ scope: {}, label: { nl: 'klas', en: 'klas' }, wording: 'les', students: group(12, 0, 0, 10) });
    assert.equal(same.kansrijk?.difference, 0);
    assert.deepEqual(same.kansrijk?.mcnemar, { p: 1, midP: 1 });
    assert.deepEqual(same.kansrijk?.oddsRatio, { or: null, lower: null, upper: null });
    assert.equal(same.prospectScore?.meanChange, 0);
    assert.equal(same.prospectScore?.wilcoxon.zerosDropped, 22);
    assert.match(same.sentence.nl, /verschil 0 procentpunt/);
  });

  test('counts pairs per rule version and flags illustrative and unknown scores', () => {
    const students: StudentMeasurements[] = [
      ...group(5, 0, 5, 0),
      { before: { ...m(false), basis: 'illustratief' }, after: m(true), rule: { version: 2, minScore: 3 } },
      { before: { category: 'weet-niet', score: null, kansrijk: false, certainty: 1, basis: null }, after: m(true), rule },
    ];
    const report = buildChoiceShiftReport({ scope: {}, label: { nl: 'klas', en: 'klas' }, wording: 'les', students });
    assert.deepEqual(report.basis.ruleVersions, [
      { version: 1, minScore: 4, pairs: 11 },
      { version: 2, minScore: 3, pairs: 1 },
    ]);
    assert.equal(report.basis.illustrativePairs, 1);
    assert.equal(report.basis.unknownFirstChoices, 1);
    // Transitions in the fixed order: sectors as in SECTORS, then onbekend, then weet-niet.
    assert.deepEqual(report.transitions?.categories, ['zorg-welzijn', 'economie-handel', 'weet-niet']);
    // Prospect score change leaves out the pair whose before score is unknown.
    assert.equal(report.prospectScore?.n, 11);
  });
});

describe('small-cell suppression', () => {
  test('hides 1–4 as "<5" and a second cell where a line would give it away', () => {
    const cells = suppressCells([
      [10, 3, 0],
      [7, 12, 6],
      [0, 0, 20],
    ]);
    // Rows first: row 0 has one hidden cell (3), so its smallest other non-zero cell (10) goes.
    // Then columns: column 0 now has one hidden cell and loses its smallest other non-zero cell (7);
    // column 1 has one hidden cell (3) and loses 12. Every line now hides 0 or at least 2 cells.
    assert.deepEqual(cells, [
      ['•', '<5', 0],
      ['•', '•', 6],
      [0, 0, 20],
    ]);
  });

  test('leaves a table without small cells alone and never hides zeros', () => {
    assert.deepEqual(suppressCells([[10, 0], [0, 20]]), [[10, 0], [0, 20]]);
    assert.deepEqual(suppressPairedCells({ a: 10, b: 0, c: 5, d: 20 }), { a: 10, b: 0, c: 5, d: 20 });
  });

  test('never leaves exactly one hidden cell in any row, column or the whole table', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(30), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }), (counts) => {
        const cells = suppressCells(counts);
        const hidden = (row: readonly unknown[]) => row.filter((cell) => typeof cell === 'string').length;
        counts.forEach((row, i) => {
          row.forEach((count, j) => {
            if (count >= 1 && count <= 4) assert.equal(cells[i]?.[j], '<5');
            if (count === 0) assert.equal(cells[i]?.[j], 0);
          });
        });
        const lines = [...cells, ...cells.map((_, j) => cells.map((row) => row[j]))];
        for (const line of lines) {
          const nonZeroOthers = line.filter((cell) => typeof cell === 'number' && cell > 0).length;
          if (hidden(line) === 1) assert.equal(nonZeroOthers, 0, 'a single hidden cell only where nothing else could be hidden');
        }
        const total = cells.flat();
        if (hidden(total) === 1) assert.equal(total.filter((cell) => typeof cell === 'number' && cell > 0).length, 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('prospect-score distribution', () => {
  test('counts first choices by score before and after and suppresses them like the transitions', () => {
    const pairs = [
      ...Array.from({ length: 6 }, () => ({ before: 3, after: 4 })),
      ...Array.from({ length: 5 }, () => ({ before: 4, after: 5 })),
      { before: 5, after: 3 },
      { before: 5, after: 3 },
      { before: 5, after: 5 },
    ];
    // Before: score 3 ×6, 4 ×5, 5 ×3; after: 3 ×2, 4 ×6, 5 ×6 (worked out by hand).
    // Primary: before 5 (3) and after 3 (2) become "<5". Rows: each has one hidden cell, so the
    // smallest other non-zero cell goes (before 4: 5; after 4: 6, the first of the two sixes).
    // Columns: score 3 and score 5 then have one hidden cell each and lose before 3 (6) and after 5 (6).
    assert.deepEqual(scoreDistribution(pairs, [4]), {
      before: [0, 0, '•', '•', '<5', 0],
      after: [0, 0, '<5', '•', '•', 0],
    });
  });

  test('puts choices without a score in the last column and treats the kansrijk count as a published sum', () => {
    const pairs = [...Array.from({ length: 10 }, () => ({ before: 2, after: 2 })), ...Array.from({ length: 8 }, () => ({ before: 4, after: 4 })), { before: null, after: 5 }];
    // Rows: before [0,10,0,8,0,1], after [0,10,0,8,1,0]. Primary hides the two 1s; each row then has one
    // hidden cell and loses its smallest other non-zero (8 at score 4). The not-kansrijk count is
    // published too (paired minus kansrijk): before, "score 2 + no score" = 11 would reveal the 1 next
    // to a known 10, so the 10 goes as well; the score-2 column then has one hidden cell, so the after
    // 10 goes too.
    assert.deepEqual(scoreDistribution(pairs, [4]), {
      before: [0, '•', 0, '•', 0, '<5'],
      after: [0, '•', 0, '•', '<5', 0],
    });
  });
});
