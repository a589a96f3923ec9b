/**
 * Tests of the game catalogue and buildGameContent (contracts/src/games.ts): the demo seed's items
 * resolve, unknown labels are skipped, too few are padded, and every figure carries a source.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as fc from 'fast-check';
import {
  CONDITION_TOPICS,
  DEFAULT_GAME_ITEMS,
  GAME_CATALOGUE,
  GAME_ITEM_LIMITS,
  buildGameContent,
  findCatalogueBeroep,
  gameItemOptions,
  isOutdated,
  type DataSource,
  type EenDagAlsContent,
  type GameContent,
  type KansOfGeenKansContent,
  type MatchContent,
} from '../src/games';
import { GAME_KINDS, SECTORS, type GameKind } from '../src/modules';

/** The items of the three demo game modules in server/src/db/seed/demo-modules.ts. */
const SEED_ITEMS: Readonly<Record<GameKind, readonly string[]>> = {
  'kans-of-geen-kans': ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Timmerman', 'Leraar basisonderwijs', 'Software developer', 'Administratief medewerker', 'Grafisch vormgever / mediavormgever', 'Medewerker veehouderij'],
  'een-dag-als': ['Verpleegkundige', 'Verzorgende IG', 'Timmerman', 'Kok', 'Politieagent', 'Logistiek medewerker'],
  match: ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Onderwijsassistent', 'Software developer', 'Kok', 'Medewerker veehouderij'],
};

const kans = (items: readonly string[]) => buildGameContent({ kind: 'kans-of-geen-kans', items }) as KansOfGeenKansContent;
const dag = (items: readonly string[]) => buildGameContent({ kind: 'een-dag-als', items }) as EenDagAlsContent;
const match = (items: readonly string[]) => buildGameContent({ kind: 'match', items }) as MatchContent;

function itemLabels(content: GameContent): string[] {
  switch (content.kind) {
    case 'kans-of-geen-kans':
      return content.questions.map((question) => question.beroep);
    case 'een-dag-als':
      return content.days.map((day) => day.beroep);
    case 'match':
      return content.pairs.map((pair) => pair.beroep);
  }
}

function assertSource(source: DataSource, where: string): void {
  assert.ok(source.name.trim().length > 3, `${where}: source has a name`);
  assert.ok(source.year === null || (Number.isInteger(source.year) && source.year >= 2010 && source.year <= 2026), `${where}: year ${source.year}`);
  assert.ok(source.url === null || /^https?:\/\//.test(source.url), `${where}: url ${source.url}`);
}

describe('game catalogue', () => {
  test('resolves every item the demo seed uses, in the seed order', () => {
    for (const kind of GAME_KINDS) {
      const content = buildGameContent({ kind, items: SEED_ITEMS[kind] });
      assert.equal(content.kind, kind);
      assert.deepEqual(itemLabels(content), SEED_ITEMS[kind], kind);
    }
  });

  test('resolves labels regardless of case, accents and short forms', () => {
    assert.equal(findCatalogueBeroep('  verpleegkundige ')?.id, 'verpleegkundige');
    assert.equal(findCatalogueBeroep('ELEKTROMONTEUR')?.id, 'elektromonteur');
    assert.equal(findCatalogueBeroep('Mediavormgever')?.id, 'grafisch-vormgever');
    assert.equal(findCatalogueBeroep('Pabo')?.id, 'leraar-basisonderwijs');
    assert.equal(findCatalogueBeroep('Astronaut'), null);
    assert.equal(findCatalogueBeroep('   '), null);
  });

  test('skips unknown labels and duplicates', () => {
    assert.deepEqual(itemLabels(match(['Astronaut', 'Kok', 'kok', 'Politieagent', 'Timmerman', 'Verpleegkundige'])), ['Kok', 'Politieagent', 'Timmerman', 'Verpleegkundige']);
  });

  test('uses the default set when the decaan chose nothing or only unknown items', () => {
    for (const kind of GAME_KINDS) {
      assert.deepEqual(itemLabels(buildGameContent({ kind, items: [] })), DEFAULT_GAME_ITEMS[kind].slice(0, GAME_ITEM_LIMITS[kind].max), kind);
      assert.deepEqual(itemLabels(buildGameContent({ kind, items: ['Astronaut'] })), itemLabels(buildGameContent({ kind, items: [] })), kind);
    }
  });

  test('pads too few items with defaults, keeping the chosen ones first', () => {
    const labels = itemLabels(kans(['Politieagent']));
    assert.equal(labels[0], 'Politieagent');
    assert.equal(labels.length, GAME_ITEM_LIMITS['kans-of-geen-kans'].min);
    assert.equal(new Set(labels).size, labels.length);
  });

  test('caps the number of items so a game stays within 2–5 minutes', () => {
    const all = GAME_CATALOGUE.map((entry) => entry.beroep);
    assert.equal(kans(all).questions.length, GAME_ITEM_LIMITS['kans-of-geen-kans'].max);
    assert.equal(match(all).pairs.length, GAME_ITEM_LIMITS.match.max);
    assert.ok(dag(all).days.length <= GAME_ITEM_LIMITS['een-dag-als'].max);
  });

  test('offers only beroepen with a scripted day for "Een dag als…", and every beroep for the others', () => {
    assert.equal(gameItemOptions('kans-of-geen-kans').length, GAME_CATALOGUE.length);
    assert.equal(gameItemOptions('match').length, GAME_CATALOGUE.length);
    const days = gameItemOptions('een-dag-als');
    assert.ok(days.length >= 6 && days.length < GAME_CATALOGUE.length);
    for (const label of SEED_ITEMS['een-dag-als']) assert.ok(days.includes(label), label);
    assert.deepEqual(itemLabels(dag(['Grafisch vormgever / mediavormgever', 'Kok'])), ['Kok']);
  });

  test('names a source and year for every figure and marks prospect scores illustrative', () => {
    for (const question of kans(gameItemOptions('kans-of-geen-kans')).questions) {
      assert.ok([1, 2, 3, 4, 5].includes(question.prospect));
      assert.equal(question.prospectSource.illustrative, true, `${question.id}: the 1–5 score is Koers's reading`);
      assert.equal(question.signal.source.illustrative, false, `${question.id}: the signal is a published source`);
      assertSource(question.signal.source, question.id);
      assertSource(question.opleiding.source, question.id);
      assert.ok(question.explanation.length > 10 && question.explanation.length <= 120, question.id);
      assert.ok(SECTORS.includes(question.sector));
    }
  });

  test('gives prospects in both directions, so guessing is a real choice', () => {
    const scores = GAME_CATALOGUE.map((entry) => entry.prospect);
    assert.ok(scores.some((score) => score >= 5) && scores.some((score) => score <= 2) && scores.some((score) => score === 3));
  });

  test('builds every day with 3 moments of 2–3 choices, all conditions and a quiz', () => {
    for (const day of dag(gameItemOptions('een-dag-als')).days) {
      assert.ok(day.moments.length >= 3, day.id);
      for (const moment of day.moments) {
        assert.match(moment.time, /^\d{2}:\d{2}$/);
        assert.ok(moment.choices.length >= 2 && moment.choices.length <= 3, moment.id);
        assert.equal(new Set(moment.choices.map((choice) => choice.id)).size, moment.choices.length);
      }
      assert.deepEqual(day.conditions.map((condition) => condition.topic), [...CONDITION_TOPICS]);
      for (const condition of day.conditions) {
        if (condition.source) assertSource(condition.source, `${day.id}/${condition.topic}`);
        else assert.match(condition.text, /^Onbekend/, `${day.id}/${condition.topic}: unknown stays visible`);
      }
      assert.ok(day.quiz.length >= 1, `${day.id} has a quiz`);
      for (const question of day.quiz) {
        const fact = day.conditions.find((condition) => question.id.endsWith(condition.topic));
        assert.equal(question.options[question.correctIndex], fact?.text, question.id);
        assert.equal(new Set(question.options).size, question.options.length, `${question.id}: distinct options`);
        assert.equal(question.source.illustrative, false);
      }
    }
  });

  test('makes moment ids unique across days', () => {
    const ids = dag(gameItemOptions('een-dag-als')).days.flatMap((day) => day.moments.map((moment) => moment.id));
    assert.equal(new Set(ids).size, ids.length);
  });

  test('matches with distinct opleidingen against a 90 second clock and a 70 % bar', () => {
    const content = match(SEED_ITEMS.match);
    assert.equal(content.timeLimitSeconds, 90);
    assert.equal(content.successThreshold, 0.7);
    assert.equal(new Set(content.pairs.map((pair) => pair.opleiding)).size, content.pairs.length);
    for (const pair of content.pairs) assertSource(pair.fact.source, pair.id);
  });

  test('calls a forecast outdated once its period is over', () => {
    const source = (period?: string): DataSource => ({ name: 'x', year: 2024, url: null, illustrative: false, ...(period ? { period } : {}) });
    assert.equal(isOutdated(source('2024-2025'), 2026), true);
    assert.equal(isOutdated(source('2025-2030'), 2026), false);
    assert.equal(isOutdated(source('tot 2027'), 2027), false);
    assert.equal(isOutdated(source(), 2040), false);
  });

  test('always builds a playable game for any list of labels (property)', () => {
    const label = fc.oneof(fc.constantFrom(...GAME_CATALOGUE.map((entry) => entry.beroep)), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(fc.constantFrom(...GAME_KINDS), fc.array(label, { maxLength: 20 }), (kind, items) => {
        const labels = itemLabels(buildGameContent({ kind, items }));
        const { min, max } = GAME_ITEM_LIMITS[kind];
        return labels.length >= min && labels.length <= max && new Set(labels).size === labels.length;
      }),
    );
  });
});
