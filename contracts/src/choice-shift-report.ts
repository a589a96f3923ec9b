/**
 * Builds the choice-shift report from scored measurements: the statistics of contracts/statistics,
 * small-cell suppression, and the plain-language sentence — pure, so the server and tests use the
 * same code and every figure can be recomputed from the measurements that produced it.
 */
import {
  MIN_PAIRED_FOR_STATISTICS,
  SMALL_CELL_MAX,
  type Cell,
  type ChoiceShiftKansrijk,
  type ChoiceShiftMissing,
  type ChoiceShiftReport,
  type ChoiceShiftScope,
  type ChoiceShiftTransitions,
  type PairedScaleChange,
  type ShareScenarioSummary,
} from './choice-shift';
import { SECTORS } from './modules';
import type { ProspectStatus } from './prospects';
import {
  UNDECIDED,
  mcnemarExact,
  missingDataBounds,
  newcombePairedDifferenceCI,
  pairedOddsRatio,
  pairedTable,
  requiredSampleSize,
  transitionMatrix,
  wilcoxonSignedRank,
  wilsonInterval,
  type PairedTable,
  type SampleSizeResult,
  type ShareScenario,
} from './statistics';

/** Category of a first choice in the transition matrix. */
export const WEET_NIET = 'weet-niet';
/** An opleiding typed in by the student that is not in the catalogue (no sector known). */
export const ONBEKEND = 'onbekend';
export const TRANSITION_ORDER: readonly string[] = [...SECTORS, ONBEKEND, WEET_NIET];

/** One measurement, scored against the snapshot of the pair's "voor" moment. */
export interface ScoredMeasurement {
  /** Sector key of the first choice, or WEET_NIET / ONBEKEND. */
  readonly category: string;
  /** Prospect score of the first choice; null when no current indicator applies. */
  readonly score: 1 | 2 | 3 | 4 | 5 | null;
  readonly kansrijk: boolean;
  readonly certainty: number;
  /** Status of the indicator behind the score; null when there is no score. */
  readonly basis: ProspectStatus | null;
}

/** One student in scope: the "voor" and the "na" measurement, either possibly missing. */
export interface StudentMeasurements {
  readonly before: ScoredMeasurement | null;
  readonly after: ScoredMeasurement | null;
  /** Kansrijk rule version (and its minimum score) current at the "voor" measurement. */
  readonly rule: { readonly version: number; readonly minScore: number };
}

export interface ChoiceShiftInput {
  readonly scope: ChoiceShiftScope;
  readonly label: { readonly nl: string; readonly en: string };
  /** 'les' when pre and post belong to one lesson (wording "voor/na de les"), else 'meting'. */
  readonly wording: 'les' | 'meting';
  readonly students: readonly StudentMeasurements[];
}

/** Change in the share kansrijk the sample-size hint is computed for. */
export const SAMPLE_SIZE_DIFFERENCE = 0.1;
/** Share of students assumed to change kansrijk status when the group's own share is lower. */
export const SAMPLE_SIZE_MIN_DISCORDANT = 0.2;

const isSmall = (count: number) => count >= 1 && count <= SMALL_CELL_MAX;

/**
 * Primary suppression: counts 1–4 become '<5'. Secondary suppression: the group size is always
 * published, so a table with exactly one hidden cell could be solved from the total; then the
 * smallest other non-zero cell is hidden too ('•'). The same holds per row and per column, whose
 * totals (the distributions before and after) are published elsewhere: a row or column with exactly
 * one hidden cell gets a second one where it has another non-zero cell. Zeros are never hidden
 * (a zero reveals nothing about a person). `publishedSums` names further groups of cells whose sum
 * is published elsewhere (e.g. the kansrijk count = the cells with a score ≥ 4): they get the same rule.
 */
export function suppressCells(counts: readonly (readonly number[])[], publishedSums: readonly (readonly (readonly [number, number])[])[] = []): Cell[][] {
  const cells: Cell[][] = counts.map((row) => row.map((count) => (isSmall(count) ? '<5' : count)));
  const hidden = (i: number, j: number) => typeof cells[i]?.[j] === 'string';
  const hideSmallestOf = (positions: readonly (readonly [number, number])[]) => {
    let best: readonly [number, number] | null = null;
    for (const [i, j] of positions) {
      const count = counts[i]?.[j] ?? 0;
      if (count === 0 || hidden(i, j)) continue;
      if (!best || count < (counts[best[0]]?.[best[1]] ?? 0)) best = [i, j];
    }
    if (best) (cells[best[0]] as Cell[])[best[1]] = '•';
    return best !== null;
  };
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < rows; i++) {
      const line = Array.from({ length: cols }, (_, j) => [i, j] as const);
      if (line.filter(([r, c]) => hidden(r, c)).length === 1) changed = hideSmallestOf(line) || changed;
    }
    for (let j = 0; j < cols; j++) {
      const line = Array.from({ length: rows }, (_, i) => [i, j] as const);
      if (line.filter(([r, c]) => hidden(r, c)).length === 1) changed = hideSmallestOf(line) || changed;
    }
    const all = counts.flatMap((row, i) => row.map((_, j) => [i, j] as const));
    if (all.filter(([r, c]) => hidden(r, c)).length === 1) changed = hideSmallestOf(all) || changed;
    for (const line of publishedSums) {
      if (line.filter(([r, c]) => hidden(r, c)).length === 1) changed = hideSmallestOf(line) || changed;
    }
  }
  return cells;
}

/**
 * The 2×2 kansrijk table is published with its margins (kansrijk before, kansrijk after, n): one
 * known cell (even a zero) then gives all four, so when any cell is 1–4 all four are hidden.
 */
export function suppressPairedCells(table: { a: number; b: number; c: number; d: number }): ChoiceShiftKansrijk['table'] {
  const values = [table.a, table.b, table.c, table.d];
  if (!values.some(isSmall)) return table;
  const [a, b, c, d] = values.map((count): Cell => (isSmall(count) ? '<5' : '•')) as [Cell, Cell, Cell, Cell];
  return { a, b, c, d };
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function scaleChange(pairs: readonly (readonly [number, number])[]): PairedScaleChange | null {
  if (pairs.length === 0) return null;
  const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const before = mean(pairs.map(([b]) => b));
  const after = mean(pairs.map(([, a]) => a));
  const w = wilcoxonSignedRank(pairs.map(([b, a]) => a - b));
  return {
    n: pairs.length,
    meanBefore: before,
    meanAfter: after,
    meanChange: after - before,
    wilcoxon: { w: w.w, p: w.p, rankBiserial: Number.isFinite(w.rankBiserial) ? w.rankBiserial : 0, zerosDropped: w.zerosDropped, method: w.method },
  };
}

/** Columns of the prospect-score distribution: scores 1–5, then "no score" (no indicator for the choice). */
export const SCORE_COLUMNS = 6;

/**
 * How many paired students had a first choice with prospect score 1–5 (or none) before and after,
 * suppressed like the transition matrix. The kansrijk counts are published too, so for each rule
 * minimum the cells at or above it (and those below it with "no score") count as a published sum.
 */
export function scoreDistribution(pairs: readonly { before: number | null; after: number | null }[], minScores: readonly number[]): ChoiceShiftReport['scoreDistribution'] {
  const row = (scores: readonly (number | null)[]) => {
    const counts = Array.from({ length: SCORE_COLUMNS }, () => 0);
    for (const score of scores) counts[score === null ? SCORE_COLUMNS - 1 : score - 1]! += 1;
    return counts;
  };
  const counts = [row(pairs.map((p) => p.before)), row(pairs.map((p) => p.after))];
  const sums = [0, 1].flatMap((i) =>
    [...new Set(minScores)].flatMap((min) => {
      const columns = Array.from({ length: SCORE_COLUMNS }, (_, j) => j);
      return [columns.filter((j) => j < SCORE_COLUMNS - 1 && j + 1 >= min), columns.filter((j) => j === SCORE_COLUMNS - 1 || j + 1 < min)].map((line) => line.map((j) => [i, j] as const));
    }),
  );
  const [before, after] = suppressCells(counts, sums);
  return { before: before as Cell[], after: after as Cell[] };
}

function transitions(pairs: readonly { before: string; after: string }[]): ChoiceShiftTransitions {
  const toKey = (key: string) => (key === WEET_NIET ? UNDECIDED : key);
  const fromKey = (key: string) => (key === UNDECIDED ? WEET_NIET : key);
  const matrix = transitionMatrix(pairs.map((p) => ({ before: toKey(p.before), after: toKey(p.after) })));
  const present = matrix.categories.map(fromKey);
  const order = TRANSITION_ORDER.filter((key) => present.includes(key));
  const index = order.map((key) => present.indexOf(key));
  const counts = index.map((i) => index.map((j) => matrix.counts[i]?.[j] ?? 0));
  return { categories: order, cells: suppressCells(counts) };
}

const summary = (scenario: ShareScenario): ShareScenarioSummary => ({
  before: scenario.before ?? 0,
  after: scenario.after ?? 0,
  difference: scenario.difference ?? 0,
});

function sampleSize(table: { b: number; c: number }, n: number): SampleSizeResult {
  const observed = n > 0 ? (table.b + table.c) / n : 0;
  return requiredSampleSize({ pDiscordant: Math.max(observed, SAMPLE_SIZE_MIN_DISCORDANT), difference: SAMPLE_SIZE_DIFFERENCE });
}

/**
 * The kansrijk 2×2 table of paired students (a = both, b = before only, c = after only, d = neither)
 * and what the report reads from it: the shares before and after, their difference and its
 * Newcombe interval. For at least one pair, given as a list or as the table itself (the dashboards'
 * rollups keep the table); the dashboards' group lines use it without the rest of the report.
 */
export function kansrijkShares(pairs: readonly { readonly before: boolean; readonly after: boolean }[] | PairedTable) {
  const table = 'a' in pairs ? pairs : pairedTable(pairs);
  const n = table.a + table.b + table.c + table.d;
  return {
    table,
    before: (table.a + table.b) / n,
    after: (table.a + table.c) / n,
    difference: (table.c - table.b) / n,
    differenceCi: newcombePairedDifferenceCI(table),
  };
}

/** Everything `GET /api/choice-shift` answers, from the scored measurements of one group. */
export function buildChoiceShiftReport(input: ChoiceShiftInput): ChoiceShiftReport {
  const withBefore = input.students.filter((s) => s.before !== null);
  const paired = input.students.filter(
    (s): s is StudentMeasurements & { before: ScoredMeasurement; after: ScoredMeasurement } => s.before !== null && s.after !== null,
  );
  const nPre = withBefore.length;
  const nPost = input.students.filter((s) => s.after !== null).length;
  const nPaired = paired.length;
  const responseRate = nPre === 0 ? 0 : nPaired / nPre;

  const versions = new Map<number, { version: number; minScore: number; pairs: number }>();
  for (const s of paired) {
    const entry = versions.get(s.rule.version) ?? { version: s.rule.version, minScore: s.rule.minScore, pairs: 0 };
    versions.set(s.rule.version, { ...entry, pairs: entry.pairs + 1 });
  }
  const basis = {
    ruleVersions: [...versions.values()].sort((x, y) => x.version - y.version),
    illustrativePairs: paired.filter((s) => s.before.basis === 'illustratief' || s.after.basis === 'illustratief').length,
    handEnteredPairs: paired.filter((s) => s.before.basis === 'handmatig' || s.after.basis === 'handmatig').length,
    unknownFirstChoices: paired.filter((s) => s.before.score === null).length + paired.filter((s) => s.after.score === null).length,
  };

  const base = { scope: input.scope, label: input.label, nPre, nPost, nPaired, responseRate, basis };
  if (nPaired < MIN_PAIRED_FOR_STATISTICS) {
    const report: Omit<ChoiceShiftReport, 'sentence'> = {
      ...base,
      suppressed: { reason: 'too_few_pairs', minimum: MIN_PAIRED_FOR_STATISTICS },
      kansrijk: null,
      prospectScore: null,
      certainty: null,
      transitions: null,
      scoreDistribution: null,
      missing: null,
      sampleSize: sampleSize({ b: 0, c: 0 }, 0),
    };
    return { ...report, sentence: choiceShiftSentence(report, input.wording) };
  }

  const shares = kansrijkShares(paired.map((s) => ({ before: s.before.kansrijk, after: s.after.kansrijk })));
  const { table } = shares;
  const beforeCount = table.a + table.b;
  const afterCount = table.a + table.c;
  const mcnemar = mcnemarExact(table.b, table.c);
  const odds = pairedOddsRatio(table);
  const kansrijk: ChoiceShiftKansrijk = {
    before: { count: isSmall(beforeCount) ? '<5' : beforeCount, share: shares.before, ci: wilsonInterval(beforeCount, nPaired) },
    after: { count: isSmall(afterCount) ? '<5' : afterCount, share: shares.after, ci: wilsonInterval(afterCount, nPaired) },
    difference: shares.difference,
    differenceCi: shares.differenceCi,
    table: suppressPairedCells(table),
    mcnemar: { p: mcnemar.p, midP: mcnemar.midP },
    oddsRatio: table.b + table.c === 0 ? { or: null, lower: null, upper: null } : { or: finite(odds.or), lower: finite(odds.lower), upper: finite(odds.upper) },
  };
  const bounds = missingDataBounds(withBefore.map((s) => ({ before: (s.before as ScoredMeasurement).kansrijk, after: s.after ? s.after.kansrijk : null })));
  const missing: ChoiceShiftMissing = {
    nMissing: bounds.nMissing,
    completeCase: summary(bounds.completeCase),
    bestCase: summary(bounds.bestCase),
    worstCase: summary(bounds.worstCase),
    noChange: summary(bounds.noChange),
  };
  const report: Omit<ChoiceShiftReport, 'sentence'> = {
    ...base,
    suppressed: null,
    kansrijk,
    prospectScore: scaleChange(paired.filter((s) => s.before.score !== null && s.after.score !== null).map((s) => [s.before.score as number, s.after.score as number] as const)),
    certainty: scaleChange(paired.map((s) => [s.before.certainty, s.after.certainty] as const)),
    transitions: transitions(paired.map((s) => ({ before: s.before.category, after: s.after.category }))),
    scoreDistribution: scoreDistribution(
      paired.map((s) => ({ before: s.before.score, after: s.after.score })),
      [...versions.values()].map((v) => v.minScore),
    ),
    missing,
    sampleSize: sampleSize(table, nPaired),
  };
  return { ...report, sentence: choiceShiftSentence(report, input.wording) };
}

const pp = (share: number) => Math.round(share * 100);
const signed = (value: number, minus: string) => (value > 0 ? `+${value}` : value < 0 ? `${minus}${Math.abs(value)}` : '0');
const decimal = (x: number, language: 'nl' | 'en') => {
  const text = x < 0.001 ? (language === 'nl' ? '< 0,001' : '< 0.001') : x.toFixed(x < 0.01 ? 3 : 2);
  return language === 'nl' ? text.replace('.', ',') : text;
};
const countText = (count: Cell, language: 'nl' | 'en') => (typeof count === 'number' ? String(count) : language === 'nl' ? 'minder dan 5' : 'fewer than 5');

/**
 * The plain-language result, generated from the numbers (never typed in): what changed, its 95 %
 * interval, whether chance can explain it, the missing "na" measurements, and what it does not mean.
 */
export function choiceShiftSentence(report: Omit<ChoiceShiftReport, 'sentence'>, wording: 'les' | 'meting'): { nl: string; en: string } {
  const { nPaired, nPre } = report;
  if (report.suppressed || !report.kansrijk) {
    if (nPaired === 0) {
      return {
        nl: 'Nog geen enkele leerling deed de keuzemeting zowel vooraf als achteraf, dus er is nog niets te vergelijken.',
        en: 'No student has done the choice measurement both before and after yet, so there is nothing to compare.',
      };
    }
    const count = isSmall(nPaired) ? { nl: 'Minder dan 5', en: 'Fewer than 5' } : { nl: String(nPaired), en: String(nPaired) };
    return {
      nl: `${count.nl} leerlingen deden de keuzemeting zowel vooraf als achteraf. Bij minder dan ${MIN_PAIRED_FOR_STATISTICS} gekoppelde leerlingen tonen we geen cijfers, om leerlingen te beschermen en omdat toeval dan te veel meetelt.`,
      en: `${count.en} students did the choice measurement both before and after. With fewer than ${MIN_PAIRED_FOR_STATISTICS} paired students we show no figures, to protect students and because chance would weigh too heavily.`,
    };
  }
  const k = report.kansrijk;
  const [lower, upper] = k.differenceCi;
  const when = wording === 'les' ? { nl: ['Voor de les', 'na de les'], en: ['Before the lesson', 'after the lesson'] } : { nl: ['Bij de meting vooraf', 'bij de meting achteraf'], en: ['At the first measurement', 'at the last'] };
  const nl: string[] = [];
  const en: string[] = [];
  nl.push(
    `${when.nl[0]} koos ${countText(k.before.count, 'nl')} van de ${nPaired} leerlingen een kansrijke opleiding, ${when.nl[1]} ${countText(k.after.count, 'nl')} ` +
      `(verschil ${signed(pp(k.difference), '−')} procentpunt, 95%-betrouwbaarheidsinterval ${signed(pp(lower), '−')} tot ${signed(pp(upper), '−')}).`,
  );
  en.push(
    `${when.en[0]}, ${countText(k.before.count, 'en')} of the ${nPaired} students chose an opleiding with good prospects, ${when.en[1]} ${countText(k.after.count, 'en')} ` +
      `(difference ${signed(pp(k.difference), '−')} percentage points, 95% confidence interval ${signed(pp(lower), '−')} to ${signed(pp(upper), '−')}).`,
  );
  if (lower <= 0 && upper >= 0) {
    nl.push(`Dit verschil kan ook door toeval komen (McNemar p = ${decimal(k.mcnemar.p, 'nl')}).`);
    en.push(`This difference may also be chance (McNemar p = ${decimal(k.mcnemar.p, 'en')}).`);
  }
  const missing = report.missing;
  if (missing && missing.nMissing > 0) {
    nl.push(
      `Van ${countText(isSmall(missing.nMissing) ? '<5' : missing.nMissing, 'nl')} van de ${nPre} leerlingen ontbreekt de meting achteraf; ` +
        `afhankelijk van hun keuze ligt het verschil tussen ${signed(pp(missing.worstCase.difference), '−')} en ${signed(pp(missing.bestCase.difference), '−')} procentpunt.`,
    );
    en.push(
      `${countText(isSmall(missing.nMissing) ? '<5' : missing.nMissing, 'en')} of the ${nPre} students have no later measurement; ` +
        `depending on their choice the difference lies between ${signed(pp(missing.worstCase.difference), '−')} and ${signed(pp(missing.bestCase.difference), '−')} percentage points.`,
    );
  }
  nl.push(wording === 'les' ? 'Zonder vergelijkingsgroep weten we niet zeker of dit door de les komt.' : 'Zonder vergelijkingsgroep weten we niet zeker of dit door de lessen komt.');
  en.push(wording === 'les' ? 'Without a comparison group we cannot be sure the lesson caused this.' : 'Without a comparison group we cannot be sure the lessons caused this.');
  return { nl: nl.join(' '), en: en.join(' ') };
}
