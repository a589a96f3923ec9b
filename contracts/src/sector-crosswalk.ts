import type { CrohoSector, MboDomein } from './catalogue';
import { SECTORS, type Sector } from './modules';

/**
 * Crosswalk from the twelve Koers sectors (SECTORS in modules.ts) to the official classifications:
 * - the 16 mbo-opleidingsdomeinen of the kwalificatiestructuur (SBB; fixed in the Regeling vaststelling
 *   kwalificatiedossiers en opleidingsdomeinen), see MBO_DOMEINEN;
 * - the CROHO-onderdelen of hbo and wo (DUO, Centraal Register Opleidingen Hoger Onderwijs), see
 *   CROHO_SECTOREN.
 *
 * The twelve sectors are Koers's own grouping, so this table is a Koers choice, not an official
 * mapping. It is many-to-many where the official classes cut across what students recognise, e.g.
 * the domein "Zorg en welzijn" holds both zorg and the onderwijsassistent, and the CROHO-onderdeel
 * "Economie" holds hotelschool, logistiek and communicatie as well as economie. Every domein and
 * every CROHO-onderdeel appears at least once. docs/catalogue/sectoren.md explains each choice.
 */
export interface SectorCrosswalkEntry {
  readonly mboDomeinen: readonly MboDomein[];
  readonly crohoSectoren: readonly CrohoSector[];
}

export const SECTOR_CROSSWALK: Readonly<Record<Sector, SectorCrosswalkEntry>> = {
  'techniek-bouw': {
    mboDomeinen: ['Bouw en infra', 'Afbouw, hout en onderhoud', 'Techniek en procesindustrie', 'Mobiliteit en voertuigen', 'Ambacht, laboratorium en gezondheidstechniek'],
    crohoSectoren: ['Techniek'],
  },
  'zorg-welzijn': {
    mboDomeinen: ['Zorg en welzijn', 'Uiterlijke verzorging', 'Ambacht, laboratorium en gezondheidstechniek'],
    crohoSectoren: ['Gezondheidszorg', 'Gedrag en maatschappij'],
  },
  ict: {
    mboDomeinen: ['Informatie en communicatietechnologie'],
    crohoSectoren: ['Techniek', 'Natuur'],
  },
  onderwijs: {
    mboDomeinen: ['Zorg en welzijn'],
    crohoSectoren: ['Onderwijs', 'Gedrag en maatschappij'],
  },
  'economie-handel': {
    mboDomeinen: ['Economie en administratie', 'Handel en ondernemerschap'],
    crohoSectoren: ['Economie'],
  },
  'horeca-toerisme': {
    mboDomeinen: ['Horeca en bakkerij', 'Toerisme en recreatie'],
    crohoSectoren: ['Economie'],
  },
  'agrarisch-voedsel-natuur': {
    mboDomeinen: ['Voedsel, natuur en leefomgeving'],
    crohoSectoren: ['Landbouw en natuurlijke omgeving'],
  },
  'transport-logistiek': {
    mboDomeinen: ['Transport, scheepvaart en logistiek'],
    crohoSectoren: ['Economie', 'Techniek'],
  },
  'media-creatief': {
    mboDomeinen: ['Media en vormgeving'],
    crohoSectoren: ['Taal en cultuur', 'Gedrag en maatschappij', 'Economie'],
  },
  veiligheid: {
    mboDomeinen: ['Veiligheid en sport'],
    crohoSectoren: ['Recht', 'Gedrag en maatschappij'],
  },
  'recht-bestuur': {
    mboDomeinen: ['Economie en administratie'],
    crohoSectoren: ['Recht', 'Gedrag en maatschappij'],
  },
  'wetenschap-onderzoek': {
    mboDomeinen: ['Ambacht, laboratorium en gezondheidstechniek'],
    crohoSectoren: ['Natuur', 'Techniek', 'Sectoroverstijgend'],
  },
};

/**
 * The one Koers sector an mbo-domein falls in by default (e.g. for an import row that names only a
 * domein). An opleiding may still sit in another sector whose crosswalk lists the domein (the
 * onderwijsassistent: domein Zorg en welzijn, sector onderwijs).
 */
const PRIMARY_SECTOR: Readonly<Record<MboDomein, Sector>> = {
  'Afbouw, hout en onderhoud': 'techniek-bouw',
  'Bouw en infra': 'techniek-bouw',
  'Media en vormgeving': 'media-creatief',
  'Informatie en communicatietechnologie': 'ict',
  'Techniek en procesindustrie': 'techniek-bouw',
  'Mobiliteit en voertuigen': 'techniek-bouw',
  'Transport, scheepvaart en logistiek': 'transport-logistiek',
  'Handel en ondernemerschap': 'economie-handel',
  'Economie en administratie': 'economie-handel',
  'Zorg en welzijn': 'zorg-welzijn',
  'Uiterlijke verzorging': 'zorg-welzijn',
  'Veiligheid en sport': 'veiligheid',
  'Horeca en bakkerij': 'horeca-toerisme',
  'Toerisme en recreatie': 'horeca-toerisme',
  'Voedsel, natuur en leefomgeving': 'agrarisch-voedsel-natuur',
  'Ambacht, laboratorium en gezondheidstechniek': 'techniek-bouw',
};

/** The default Koers sector of an mbo-domein (always one whose crosswalk lists the domein). */
export const sectorForMboDomein = (domein: MboDomein): Sector => PRIMARY_SECTOR[domein];

/** Every Koers sector whose crosswalk lists the domein, in SECTORS order. */
export const sectorsForMboDomein = (domein: MboDomein): readonly Sector[] =>
  SECTORS.filter((sector) => SECTOR_CROSSWALK[sector].mboDomeinen.includes(domein));

/** Every Koers sector whose crosswalk lists the CROHO-onderdeel, in SECTORS order (never empty). */
export const sectorsForCrohoSector = (crohoSector: CrohoSector): readonly Sector[] =>
  SECTORS.filter((sector) => SECTOR_CROSSWALK[sector].crohoSectoren.includes(crohoSector));
