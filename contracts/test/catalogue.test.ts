/**
 * The crosswalk between the twelve Koers sectors and the official classifications
 * (contracts/src/sector-crosswalk.ts): complete in both directions, and the helpers agree with it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CROHO_SECTOREN, MBO_DOMEINEN } from '../src/catalogue';
import { SECTORS } from '../src/modules';
import { SECTOR_CROSSWALK, sectorForMboDomein, sectorsForCrohoSector, sectorsForMboDomein } from '../src/sector-crosswalk';

describe('catalogue classifications', () => {
  it('lists 16 distinct mbo-domeinen and 10 distinct CROHO-onderdelen', () => {
    assert.equal(MBO_DOMEINEN.length, 16);
    assert.equal(new Set(MBO_DOMEINEN).size, 16);
    assert.equal(CROHO_SECTOREN.length, 10);
    assert.equal(new Set(CROHO_SECTOREN).size, 10);
  });

  it('uses the domein names of the Regeling (not the SBB sectorkamers)', () => {
    assert.ok(MBO_DOMEINEN.includes('Informatie en communicatietechnologie'));
    assert.ok(MBO_DOMEINEN.includes('Ambacht, laboratorium en gezondheidstechniek'));
    assert.ok(!(MBO_DOMEINEN as readonly string[]).includes('Specialistisch vakmanschap'));
    assert.ok(!(MBO_DOMEINEN as readonly string[]).includes('ICT en creatieve industrie'));
  });
});

describe('sector crosswalk', () => {
  it('has an entry for every Koers sector and nothing else', () => {
    assert.deepEqual(Object.keys(SECTOR_CROSSWALK).sort(), [...SECTORS].sort());
  });

  it('maps every mbo-domein to at least one sector', () => {
    for (const domein of MBO_DOMEINEN) {
      assert.ok(sectorsForMboDomein(domein).length >= 1, domein);
    }
  });

  it('maps every CROHO-onderdeel to at least one sector', () => {
    for (const crohoSector of CROHO_SECTOREN) {
      assert.ok(sectorsForCrohoSector(crohoSector).length >= 1, crohoSector);
    }
  });

  it('only names known domeinen and onderdelen, each once per sector', () => {
    for (const sector of SECTORS) {
      const { mboDomeinen, crohoSectoren } = SECTOR_CROSSWALK[sector];
      for (const domein of mboDomeinen) assert.ok(MBO_DOMEINEN.includes(domein), `${sector}: ${domein}`);
      for (const crohoSector of crohoSectoren) assert.ok(CROHO_SECTOREN.includes(crohoSector), `${sector}: ${crohoSector}`);
      assert.equal(new Set(mboDomeinen).size, mboDomeinen.length, sector);
      assert.equal(new Set(crohoSectoren).size, crohoSectoren.length, sector);
      assert.ok(crohoSectoren.length >= 1, `${sector} has a CROHO-onderdeel`);
    }
  });

  it('gives every domein a default sector whose crosswalk lists it', () => {
    for (const domein of MBO_DOMEINEN) {
      const sector = sectorForMboDomein(domein);
      assert.ok(SECTORS.includes(sector), domein);
      assert.ok(SECTOR_CROSSWALK[sector].mboDomeinen.includes(domein), `${domein} → ${sector}`);
      assert.ok(sectorsForMboDomein(domein).includes(sector), domein);
    }
  });

  it('answers known cases, in SECTORS order', () => {
    assert.equal(sectorForMboDomein('Zorg en welzijn'), 'zorg-welzijn');
    assert.deepEqual(sectorsForMboDomein('Zorg en welzijn'), ['zorg-welzijn', 'onderwijs']);
    assert.equal(sectorForMboDomein('Informatie en communicatietechnologie'), 'ict');
    assert.equal(sectorForMboDomein('Transport, scheepvaart en logistiek'), 'transport-logistiek');
    assert.deepEqual(sectorsForMboDomein('Economie en administratie'), ['economie-handel', 'recht-bestuur']);
    assert.deepEqual(sectorsForCrohoSector('Onderwijs'), ['onderwijs']);
    assert.deepEqual(sectorsForCrohoSector('Landbouw en natuurlijke omgeving'), ['agrarisch-voedsel-natuur']);
    assert.deepEqual(sectorsForCrohoSector('Economie'), ['economie-handel', 'horeca-toerisme', 'transport-logistiek', 'media-creatief']);
    assert.deepEqual(sectorsForCrohoSector('Sectoroverstijgend'), ['wetenschap-onderzoek']);
  });

  it('is consistent: a sector listed by a helper lists the class in its crosswalk', () => {
    for (const crohoSector of CROHO_SECTOREN) {
      for (const sector of sectorsForCrohoSector(crohoSector)) assert.ok(SECTOR_CROSSWALK[sector].crohoSectoren.includes(crohoSector));
      const missing = SECTORS.filter((sector) => !sectorsForCrohoSector(crohoSector).includes(sector));
      for (const sector of missing) assert.ok(!SECTOR_CROSSWALK[sector].crohoSectoren.includes(crohoSector));
    }
  });
});
