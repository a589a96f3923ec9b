/**
 * Consistency of the demo catalogue (server/src/db/seed/demo-catalogue.ts): opleidingen fit the
 * crosswalk, the sector indicators match the shared CSV row for row, and the illustrative import
 * file only names existing opleidingen with valid SBB-style levels.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CROHO_SECTOREN, MBO_DOMEINEN, SECTORS, prospectScore } from '@koers/contracts';
// Imported by path: the crosswalk module is not (yet) re-exported from the contracts index.
import { SECTOR_CROSSWALK } from '../../contracts/src/sector-crosswalk';
import { DEMO_ILLUSTRATIVE_CSV, DEMO_OPLEIDINGEN, DEMO_SECTOR_INDICATORS } from '../src/db/seed/demo-catalogue';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Byte-for-byte copy of ../shared/data/sector-vooruitzichten.csv (CI has no ../shared). */
const CSV_COPY = path.join(repoRoot, 'server/src/db/seed/data/sector-vooruitzichten.csv');
const CSV_SHARED = path.resolve(repoRoot, '../shared/data/sector-vooruitzichten.csv');

/** Dutch sector names as in the CSV → Koers sector keys. */
const SECTOR_BY_NAME: Readonly<Record<string, string>> = {
  'Techniek & bouw': 'techniek-bouw',
  'Zorg & welzijn': 'zorg-welzijn',
  ICT: 'ict',
  Onderwijs: 'onderwijs',
  'Economie & handel': 'economie-handel',
  'Horeca & toerisme': 'horeca-toerisme',
  'Agrarisch, voedsel & natuur': 'agrarisch-voedsel-natuur',
  'Transport & logistiek': 'transport-logistiek',
  'Media & creatief': 'media-creatief',
  Veiligheid: 'veiligheid',
  'Recht & bestuur': 'recht-bestuur',
  'Wetenschap & onderzoek': 'wetenschap-onderzoek',
};

const csvRows = (text: string) => {
  const [header, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  const columns = header.split(';');
  return lines.map((line) => {
    const cells = line.split(';');
    assert.equal(cells.length, columns.length, line);
    return Object.fromEntries(columns.map((column, index) => [column, cells[index]])) as Record<string, string>;
  });
};

describe('demo opleidingen', () => {
  it('has about seventy opleidingen of all three types', () => {
    const count = (type: string) => DEMO_OPLEIDINGEN.filter((opleiding) => opleiding.type === type).length;
    assert.ok(DEMO_OPLEIDINGEN.length >= 60 && DEMO_OPLEIDINGEN.length <= 80, String(DEMO_OPLEIDINGEN.length));
    assert.ok(count('mbo') >= 30, 'mbo');
    assert.ok(count('hbo') >= 15, 'hbo');
    assert.ok(count('wo') >= 10, 'wo');
  });

  it('uses unique keys, unique names and unique non-null codes', () => {
    const keys = DEMO_OPLEIDINGEN.map((opleiding) => opleiding.key);
    assert.equal(new Set(keys).size, keys.length);
    const names = DEMO_OPLEIDINGEN.map((opleiding) => opleiding.name);
    assert.equal(new Set(names).size, names.length);
    const codes = DEMO_OPLEIDINGEN.map((opleiding) => opleiding.code).filter((code) => code !== null);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^\d{5}$/);
    for (const key of keys) assert.match(key, /^(mbo|hbo|wo)-[a-z0-9-]+$/);
  });

  it('gives every mbo row a niveau and a domein whose crosswalk includes its sector', () => {
    for (const opleiding of DEMO_OPLEIDINGEN.filter((row) => row.type === 'mbo')) {
      assert.ok(opleiding.niveau !== null && [1, 2, 3, 4].includes(opleiding.niveau), opleiding.key);
      assert.ok(opleiding.mboDomein !== null && MBO_DOMEINEN.includes(opleiding.mboDomein), opleiding.key);
      assert.equal(opleiding.crohoSector, null, opleiding.key);
      assert.ok(SECTOR_CROSSWALK[opleiding.sector].mboDomeinen.includes(opleiding.mboDomein), `${opleiding.key}: ${opleiding.mboDomein} not in ${opleiding.sector}`);
    }
  });

  it('gives every hbo/wo row a CROHO-onderdeel that fits its sector, and no niveau or domein', () => {
    for (const opleiding of DEMO_OPLEIDINGEN.filter((row) => row.type !== 'mbo')) {
      assert.ok(opleiding.crohoSector !== null && CROHO_SECTOREN.includes(opleiding.crohoSector), opleiding.key);
      assert.equal(opleiding.niveau, null, opleiding.key);
      assert.equal(opleiding.mboDomein, null, opleiding.key);
      assert.ok(SECTOR_CROSSWALK[opleiding.sector].crohoSectoren.includes(opleiding.crohoSector), `${opleiding.key}: ${opleiding.crohoSector} not in ${opleiding.sector}`);
    }
  });

  it('covers all twelve sectors, every mbo niveau, and at least two mbo opleidingen per sector', () => {
    assert.deepEqual([...new Set(DEMO_OPLEIDINGEN.map((opleiding) => opleiding.sector))].sort(), [...SECTORS].sort());
    const mboRows = DEMO_OPLEIDINGEN.filter((opleiding) => opleiding.type === 'mbo');
    assert.deepEqual([...new Set(mboRows.map((opleiding) => opleiding.niveau))].sort(), [1, 2, 3, 4]);
    for (const sector of SECTORS) assert.ok(mboRows.filter((opleiding) => opleiding.sector === sector).length >= 2, sector);
  });

  it('lists one to four plain beroepen per opleiding', () => {
    for (const opleiding of DEMO_OPLEIDINGEN) {
      assert.ok(opleiding.beroepen.length >= 1 && opleiding.beroepen.length <= 4, opleiding.key);
      for (const beroep of opleiding.beroepen) assert.ok(beroep.trim().length > 1, opleiding.key);
    }
  });
});

describe('demo sector indicators', () => {
  it('ships a byte-for-byte copy of the shared CSV (checked when ../shared is present)', { skip: !existsSync(CSV_SHARED) && 'no ../shared/data' }, () => {
    assert.deepEqual(readFileSync(CSV_COPY), readFileSync(CSV_SHARED));
  });

  it('has one row per CSV row, in order, with value, source, URL, year and period verbatim', () => {
    const rows = csvRows(readFileSync(CSV_COPY, 'utf8'));
    assert.equal(rows.length, 13);
    assert.equal(DEMO_SECTOR_INDICATORS.length, rows.length);
    rows.forEach((row, index) => {
      const indicator = DEMO_SECTOR_INDICATORS[index];
      const label = `row ${index + 2}`;
      assert.equal(indicator.sector, SECTOR_BY_NAME[row['sector']], label);
      assert.equal(indicator.level, row['niveau'], label);
      assert.equal(indicator.value, row['vooruitzicht'], label);
      assert.equal(indicator.source, row['bron'], label);
      assert.equal(indicator.sourceUrl, row['bron_url'], label);
      assert.equal(String(indicator.year), row['jaar_publicatie'], label);
      assert.equal(indicator.period, row['prognoseperiode'], label);
    });
  });

  it('maps the two literal ROA typeringen with the documented mapping and marks the rest as a hand-entered judgement', () => {
    for (const indicator of DEMO_SECTOR_INDICATORS) {
      const roa = prospectScore('roa-typering', indicator.value);
      if (roa.ok) {
        assert.equal(indicator.score, roa.score, indicator.value);
        assert.match(indicator.note, /ROA-typering/);
        assert.match(indicator.note, /Verouderd/);
      } else {
        assert.match(indicator.note, /^Demo: score ingeschat door de decaan op basis van de brontekst; geen ROA-typering\./, indicator.sector);
      }
      assert.ok([1, 2, 3, 4, 5].includes(indicator.score));
    }
    const scores = Object.fromEntries(DEMO_SECTOR_INDICATORS.filter((row) => row.level === 'alle').map((row) => [row.sector, row.score]));
    assert.deepEqual(scores, {
      'techniek-bouw': 5,
      'zorg-welzijn': 5,
      onderwijs: 5,
      ict: 4,
      'economie-handel': 2,
      'horeca-toerisme': 3,
      'agrarisch-voedsel-natuur': 4,
      'transport-logistiek': 4,
      veiligheid: 4,
      'recht-bestuur': 4,
    });
  });

  it('names the narrow scope of the veiligheid and recht & bestuur rows', () => {
    const note = (sector: string) => DEMO_SECTOR_INDICATORS.find((row) => row.sector === sector)?.note ?? '';
    assert.match(note('veiligheid'), /politie-inspecteurs/);
    assert.match(note('recht-bestuur'), /juristen/);
  });
});

describe('illustrative programme-level CSV', () => {
  it('has the SBB-style header and about 25 rows naming existing mbo opleidingen with valid levels', () => {
    const lines = DEMO_ILLUSTRATIVE_CSV.split('\n').filter((line) => line !== '');
    assert.equal(lines[0], 'code;opleiding;waarde;toelichting');
    const rows = csvRows(DEMO_ILLUSTRATIVE_CSV);
    assert.ok(rows.length >= 20 && rows.length <= 30, String(rows.length));
    const names = rows.map((row) => row['opleiding']);
    assert.equal(new Set(names).size, names.length);
    for (const row of rows) {
      const opleiding = DEMO_OPLEIDINGEN.find((candidate) => candidate.name === row['opleiding']);
      assert.ok(opleiding, row['opleiding']);
      assert.equal(opleiding.type, 'mbo', row['opleiding']);
      assert.equal(row['code'], opleiding.code ?? '', row['opleiding']);
      assert.ok(['goed', 'voldoende', 'matig', 'beperkt', 'zeer beperkt'].includes(row['waarde']), row['waarde']);
      assert.equal(prospectScore('sbb-kans-op-werk', row['waarde']).ok, true, row['waarde']);
      assert.equal(row['toelichting'], 'Illustratief voorbeeld, geen SBB-cijfer.');
    }
  });

  it('follows the sector signals: zorg, techniek and onderwijs score higher than media, economie and horeca', () => {
    const rows = csvRows(DEMO_ILLUSTRATIVE_CSV);
    const mean = (sectors: readonly string[]) => {
      const scores = rows
        .filter((row) => sectors.includes(DEMO_OPLEIDINGEN.find((opleiding) => opleiding.name === row['opleiding'])?.sector ?? ''))
        .map((row) => {
          const mapping = prospectScore('sbb-kans-op-werk', row['waarde']);
          return mapping.ok ? mapping.score : 0;
        });
      return scores.reduce<number>((sum, score) => sum + score, 0) / scores.length;
    };
    assert.ok(mean(['zorg-welzijn', 'techniek-bouw', 'onderwijs']) > mean(['media-creatief', 'economie-handel', 'horeca-toerisme']));
  });
});
