import type { CrohoSector, IndicatorLevel, MboDomein, OpleidingType, ProspectScore, Sector } from '@koers/contracts';

/**
 * Demo catalogue: opleidingen, sector-level prospect signals and an illustrative programme-level
 * import file (issue 6). Data only.
 *
 * What is real:
 * - DEMO_OPLEIDINGEN: opleidingen that exist in the Netherlands, with names as students know them.
 *   A crebo or CROHO code is filled in only where we saw it on a public page (comment above the
 *   code); everywhere else it is null. mbo-domein and CROHO-onderdeel are Koers's classification
 *   (contracts/src/sector-crosswalk.ts, docs/catalogue/sectoren.md).
 * - DEMO_SECTOR_INDICATORS: one row per row of ../shared/data/sector-vooruitzichten.csv (copy in
 *   ./data/), with value, source, URL, year and period verbatim from that file. The score is the
 *   demo decaan's own reading of the source text (status 'handmatig'); only the two verlopen ROA
 *   rows carry a literal ROA typering, mapped with ROA_TYPERINGEN.
 *
 * What is illustrative (made up, labelled as such everywhere):
 * - DEMO_ILLUSTRATIVE_CSV: SBB-style "kans op werk" levels per mbo-opleiding. No SBB figure was
 *   found in the sources (see ../shared/data/README.md, "Wat niet gevonden is").
 */

export interface DemoOpleiding {
  /** Stable slug, e.g. 'mbo-verpleegkundige-4'. */
  readonly key: string;
  readonly type: OpleidingType;
  readonly name: string;
  readonly code: string | null;
  readonly niveau: 1 | 2 | 3 | 4 | null;
  readonly mboDomein: MboDomein | null;
  readonly crohoSector: CrohoSector | null;
  readonly sector: Sector;
  readonly beroepen: string[];
}

export interface DemoSectorIndicator {
  readonly sector: Sector;
  readonly level: IndicatorLevel;
  /** Verbatim `vooruitzicht` from the CSV. */
  readonly value: string;
  readonly score: ProspectScore;
  readonly source: string;
  readonly sourceUrl: string;
  readonly year: number;
  /** Verbatim `prognoseperiode` from the CSV. */
  readonly period: string;
  readonly note: string;
}

const mbo = (key: string, name: string, niveau: 1 | 2 | 3 | 4, mboDomein: MboDomein, sector: Sector, beroepen: string[], code: string | null = null): DemoOpleiding => ({
  key,
  type: 'mbo',
  name,
  code,
  niveau,
  mboDomein,
  crohoSector: null,
  sector,
  beroepen,
});

const ho = (type: 'hbo' | 'wo', key: string, name: string, crohoSector: CrohoSector, sector: Sector, beroepen: string[], code: string | null = null): DemoOpleiding => ({
  key,
  type,
  name,
  code,
  niveau: null,
  mboDomein: null,
  crohoSector,
  sector,
  beroepen,
});
const hbo = (key: string, name: string, crohoSector: CrohoSector, sector: Sector, beroepen: string[]) => ho('hbo', key, name, crohoSector, sector, beroepen);
const wo = (key: string, name: string, crohoSector: CrohoSector, sector: Sector, beroepen: string[]) => ho('wo', key, name, crohoSector, sector, beroepen);

export const DEMO_OPLEIDINGEN: readonly DemoOpleiding[] = [
  // --- mbo: techniek & bouw ---
  mbo('mbo-entree-bouwen-wonen-onderhoud-1', 'Entree – Assistent bouwen, wonen en onderhoud', 1, 'Afbouw, hout en onderhoud', 'techniek-bouw', ['Hulpkracht in de bouw', 'Assistent onderhoud']),
  mbo('mbo-timmerman-2', 'Timmerman', 2, 'Bouw en infra', 'techniek-bouw', ['Timmerman']),
  mbo('mbo-autotechnicus-2', 'Autotechnicus', 2, 'Mobiliteit en voertuigen', 'techniek-bouw', ['Automonteur']),
  mbo('mbo-eerste-monteur-elektrotechnische-installaties-3', 'Eerste monteur elektrotechnische installaties', 3, 'Techniek en procesindustrie', 'techniek-bouw', ['Elektromonteur / installatiemonteur', 'Monteur zonnepanelen en laadpalen']),
  mbo('mbo-monteur-mechatronica-3', 'Monteur mechatronica', 3, 'Techniek en procesindustrie', 'techniek-bouw', ['Monteur machines', 'Onderhoudsmonteur']),
  mbo('mbo-middenkaderfunctionaris-bouw-4', 'Middenkaderfunctionaris bouw', 4, 'Bouw en infra', 'techniek-bouw', ['Werkvoorbereider bouw', 'Uitvoerder']),

  // --- mbo: zorg & welzijn ---
  mbo('mbo-helpende-zorg-en-welzijn-2', 'Helpende zorg en welzijn', 2, 'Zorg en welzijn', 'zorg-welzijn', ['Helpende in de ouderenzorg', 'Helpende in de thuiszorg']),
  mbo('mbo-kapper-2', 'Kapper', 2, 'Uiterlijke verzorging', 'zorg-welzijn', ['Kapper']),
  // crebo seen on rijnijssel.nl (ROC Rijn IJssel, opleidingspagina Verzorgende IG)
  mbo('mbo-verzorgende-ig-3', 'Verzorgende IG', 3, 'Zorg en welzijn', 'zorg-welzijn', ['Verzorgende IG'], '25656'),
  // crebo seen on rijnijssel.nl (ROC Rijn IJssel, "25486, Pedagogisch Werk (Pedagogisch medewerker kinderopvang)", 2017)
  mbo('mbo-pedagogisch-medewerker-kinderopvang-3', 'Pedagogisch medewerker kinderopvang', 3, 'Zorg en welzijn', 'zorg-welzijn', ['Pedagogisch medewerker', 'Medewerker buitenschoolse opvang'], '25486'),
  // crebo seen on rijnijssel.nl (ROC Rijn IJssel, "25655, Mbo-verpleegkundige")
  mbo('mbo-verpleegkundige-4', 'Verpleegkundige', 4, 'Zorg en welzijn', 'zorg-welzijn', ['Verpleegkundige', 'Wijkverpleegkundige'], '25655'),
  mbo('mbo-persoonlijk-begeleider-gehandicaptenzorg-4', 'Persoonlijk begeleider gehandicaptenzorg', 4, 'Zorg en welzijn', 'zorg-welzijn', ['Begeleider gehandicaptenzorg', 'Woonbegeleider']),

  // --- mbo: onderwijs ---
  // crebo seen on rocmn.nl (ROC Midden Nederland, "25698 Onderwijsassistent")
  mbo('mbo-onderwijsassistent-4', 'Onderwijsassistent', 4, 'Zorg en welzijn', 'onderwijs', ['Onderwijsassistent'], '25698'),
  mbo('mbo-gespecialiseerd-pedagogisch-medewerker-4', 'Gespecialiseerd pedagogisch medewerker', 4, 'Zorg en welzijn', 'onderwijs', ['Pedagogisch medewerker in een kindcentrum', 'Medewerker voor- en vroegschoolse educatie']),

  // --- mbo: ict ---
  mbo('mbo-allround-medewerker-it-systems-and-devices-3', 'Allround medewerker IT systems and devices', 3, 'Informatie en communicatietechnologie', 'ict', ['ICT-servicedeskmedewerker', 'Systeembeheerder']),
  mbo('mbo-software-developer-4', 'Software developer', 4, 'Informatie en communicatietechnologie', 'ict', ['Software developer', 'Webdeveloper']),

  // --- mbo: economie & handel ---
  mbo('mbo-entree-assistent-verkoop-retail-1', 'Entree – Assistent verkoop/retail', 1, 'Handel en ondernemerschap', 'economie-handel', ['Vakkenvuller', 'Assistent in een winkel']),
  mbo('mbo-verkoopmedewerker-2', 'Verkoopmedewerker', 2, 'Handel en ondernemerschap', 'economie-handel', ['Verkoopmedewerker', 'Kassamedewerker']),
  mbo('mbo-bedrijfsadministratief-medewerker-3', 'Bedrijfsadministratief medewerker', 3, 'Economie en administratie', 'economie-handel', ['Administratief medewerker', 'Boekhoudkundig medewerker']),
  mbo('mbo-manager-retail-4', 'Manager retail', 4, 'Handel en ondernemerschap', 'economie-handel', ['Filiaalmanager', 'Winkelondernemer']),

  // --- mbo: horeca & toerisme ---
  mbo('mbo-kok-2', 'Kok', 2, 'Horeca en bakkerij', 'horeca-toerisme', ['Kok']),
  mbo('mbo-zelfstandig-werkend-kok-3', 'Zelfstandig werkend kok', 3, 'Horeca en bakkerij', 'horeca-toerisme', ['Kok', 'Zelfstandig werkend kok']),
  mbo('mbo-leidinggevende-travel-hospitality-4', 'Leidinggevende travel & hospitality', 4, 'Toerisme en recreatie', 'horeca-toerisme', ['Reisadviseur', 'Leidinggevende in een hotel']),

  // --- mbo: agrarisch, voedsel & natuur ---
  mbo('mbo-medewerker-veehouderij-2', 'Medewerker veehouderij', 2, 'Voedsel, natuur en leefomgeving', 'agrarisch-voedsel-natuur', ['Medewerker veehouderij']),
  mbo('mbo-vakbekwaam-hovenier-3', 'Vakbekwaam hovenier', 3, 'Voedsel, natuur en leefomgeving', 'agrarisch-voedsel-natuur', ['Hovenier', 'Groenvoorziener']),
  mbo('mbo-dierenartsassistent-paraveterinair-4', 'Dierenartsassistent paraveterinair', 4, 'Voedsel, natuur en leefomgeving', 'agrarisch-voedsel-natuur', ['Dierenartsassistent']),

  // --- mbo: transport & logistiek ---
  mbo('mbo-entree-assistent-logistiek-1', 'Entree – Assistent logistiek', 1, 'Transport, scheepvaart en logistiek', 'transport-logistiek', ['Orderpicker', 'Magazijnmedewerker']),
  mbo('mbo-logistiek-medewerker-2', 'Logistiek medewerker', 2, 'Transport, scheepvaart en logistiek', 'transport-logistiek', ['Logistiek medewerker', 'Heftruckchauffeur']),
  mbo('mbo-chauffeur-goederenvervoer-3', 'Chauffeur goederenvervoer', 3, 'Transport, scheepvaart en logistiek', 'transport-logistiek', ['Vrachtwagenchauffeur']),
  mbo('mbo-manager-transport-en-logistiek-4', 'Manager transport en logistiek', 4, 'Transport, scheepvaart en logistiek', 'transport-logistiek', ['Planner transport', 'Teamleider magazijn']),

  // --- mbo: media & creatief ---
  mbo('mbo-mediavormgever-4', 'Mediavormgever', 4, 'Media en vormgeving', 'media-creatief', ['Grafisch vormgever / mediavormgever', 'Webdesigner']),
  mbo('mbo-mediamaker-4', 'Mediamaker', 4, 'Media en vormgeving', 'media-creatief', ['Videomaker', 'Contentmaker']),

  // --- mbo: veiligheid ---
  mbo('mbo-beveiliger-2', 'Beveiliger', 2, 'Veiligheid en sport', 'veiligheid', ['Beveiliger']),
  mbo('mbo-handhaver-toezicht-en-veiligheid-3', 'Handhaver toezicht en veiligheid', 3, 'Veiligheid en sport', 'veiligheid', ['Boa / handhaver', 'Toezichthouder']),
  mbo('mbo-allround-politiemedewerker-4', 'Allround politiemedewerker', 4, 'Veiligheid en sport', 'veiligheid', ['Politieagent']),

  // --- mbo: recht & bestuur ---
  mbo('mbo-juridisch-medewerker-openbaar-bestuur-4', 'Juridisch medewerker openbaar bestuur', 4, 'Economie en administratie', 'recht-bestuur', ['Juridisch medewerker bij een gemeente', 'Medewerker vergunningen']),
  mbo('mbo-juridisch-medewerker-zakelijke-dienstverlening-4', 'Juridisch medewerker zakelijke dienstverlening', 4, 'Economie en administratie', 'recht-bestuur', ['Juridisch medewerker', 'Medewerker incasso']),

  // --- mbo: wetenschap & onderzoek ---
  mbo('mbo-laborant-3', 'Laborant', 3, 'Ambacht, laboratorium en gezondheidstechniek', 'wetenschap-onderzoek', ['Laborant']),
  mbo('mbo-biologisch-medisch-analist-4', 'Biologisch-medisch analist', 4, 'Ambacht, laboratorium en gezondheidstechniek', 'wetenschap-onderzoek', ['Analist in een ziekenhuislab', 'Onderzoeksassistent']),

  // --- hbo (no CROHO code could be verified in the stored sources: all null) ---
  hbo('hbo-werktuigbouwkunde', 'Werktuigbouwkunde', 'Techniek', 'techniek-bouw', ['Werktuigbouwkundig ingenieur', 'Ontwerper machines']),
  hbo('hbo-bouwkunde', 'Bouwkunde', 'Techniek', 'techniek-bouw', ['Bouwkundige', 'Projectleider bouw']),
  hbo('hbo-verpleegkunde', 'HBO-Verpleegkunde', 'Gezondheidszorg', 'zorg-welzijn', ['Verpleegkundige', 'Wijkverpleegkundige']),
  hbo('hbo-fysiotherapie', 'Fysiotherapie', 'Gezondheidszorg', 'zorg-welzijn', ['Fysiotherapeut']),
  hbo('hbo-social-work', 'Social Work', 'Gedrag en maatschappij', 'zorg-welzijn', ['Maatschappelijk werker', 'Jongerenwerker']),
  hbo('hbo-pabo', 'Pabo (Leraar basisonderwijs)', 'Onderwijs', 'onderwijs', ['Leraar basisonderwijs']),
  hbo('hbo-lerarenopleiding-wiskunde', 'Lerarenopleiding Wiskunde (tweedegraads)', 'Onderwijs', 'onderwijs', ['Leraar wiskunde (vmbo en onderbouw havo/vwo)']),
  hbo('hbo-ict', 'HBO-ICT', 'Techniek', 'ict', ['Software developer', 'Cybersecurity-specialist']),
  hbo('hbo-commerciele-economie', 'Commerciële Economie', 'Economie', 'economie-handel', ['Marketeer', 'Accountmanager']),
  hbo('hbo-accountancy', 'Accountancy', 'Economie', 'economie-handel', ['Accountant', 'Controller']),
  hbo('hbo-hoger-hotelonderwijs', 'Hoger hotelonderwijs (Hotelschool)', 'Economie', 'horeca-toerisme', ['Hotelmanager', 'Eventmanager']),
  hbo('hbo-tourism-management', 'Tourism Management', 'Economie', 'horeca-toerisme', ['Productmanager reizen', 'Medewerker citymarketing']),
  hbo('hbo-dier-en-veehouderij', 'Dier- en veehouderij', 'Landbouw en natuurlijke omgeving', 'agrarisch-voedsel-natuur', ['Adviseur veehouderij', 'Bedrijfsleider melkveebedrijf']),
  hbo('hbo-bos-en-natuurbeheer', 'Bos- en natuurbeheer', 'Landbouw en natuurlijke omgeving', 'agrarisch-voedsel-natuur', ['Boswachter', 'Natuurbeheerder']),
  hbo('hbo-logistics-management', 'Logistics Management', 'Economie', 'transport-logistiek', ['Logistiek manager', 'Supply chain planner']),
  hbo('hbo-communicatie', 'Communicatie', 'Economie', 'media-creatief', ['Communicatieadviseur', 'Woordvoerder']),
  hbo('hbo-vormgeving-kunstacademie', 'Vormgeving (kunstacademie)', 'Taal en cultuur', 'media-creatief', ['Grafisch ontwerper', 'Illustrator']),
  hbo('hbo-integrale-veiligheidskunde', 'Integrale Veiligheidskunde', 'Gedrag en maatschappij', 'veiligheid', ['Veiligheidsadviseur', 'Beleidsmedewerker openbare orde']),
  hbo('hbo-rechten', 'HBO-Rechten', 'Recht', 'recht-bestuur', ['Juridisch adviseur', 'Jurist bij een bedrijf']),
  hbo('hbo-sociaal-juridische-dienstverlening', 'Sociaal Juridische Dienstverlening', 'Recht', 'recht-bestuur', ['Sociaal raadsman', 'Juridisch medewerker bij een gemeente']),
  hbo('hbo-chemie', 'Chemie', 'Techniek', 'wetenschap-onderzoek', ['Chemisch analist', 'Onderzoeker in een laboratorium']),

  // --- wo (no CROHO code could be verified in the stored sources: all null) ---
  wo('wo-civiele-techniek', 'Civiele techniek', 'Techniek', 'techniek-bouw', ['Civiel ingenieur', 'Ontwerper bruggen en wegen']),
  wo('wo-elektrotechniek', 'Elektrotechniek', 'Techniek', 'techniek-bouw', ['Elektrotechnisch ingenieur']),
  wo('wo-geneeskunde', 'Geneeskunde', 'Gezondheidszorg', 'zorg-welzijn', ['Arts', 'Huisarts']),
  wo('wo-psychologie', 'Psychologie', 'Gedrag en maatschappij', 'zorg-welzijn', ['Psycholoog']),
  wo('wo-pedagogische-wetenschappen', 'Pedagogische wetenschappen', 'Gedrag en maatschappij', 'onderwijs', ['Orthopedagoog', 'Onderwijsadviseur']),
  wo('wo-informatica', 'Informatica', 'Natuur', 'ict', ['Software engineer', 'Data scientist']),
  wo('wo-economie-en-bedrijfseconomie', 'Economie en bedrijfseconomie', 'Economie', 'economie-handel', ['Econoom', 'Financieel analist']),
  wo('wo-dierwetenschappen', 'Dierwetenschappen', 'Landbouw en natuurlijke omgeving', 'agrarisch-voedsel-natuur', ['Adviseur diervoeding', 'Onderzoeker dierenwelzijn']),
  wo('wo-communicatiewetenschap', 'Communicatiewetenschap', 'Gedrag en maatschappij', 'media-creatief', ['Communicatieadviseur', 'Mediaonderzoeker']),
  wo('wo-criminologie', 'Criminologie', 'Recht', 'veiligheid', ['Criminoloog', 'Beleidsmedewerker veiligheid']),
  wo('wo-rechtsgeleerdheid', 'Rechtsgeleerdheid', 'Recht', 'recht-bestuur', ['Advocaat', 'Rechter', 'Jurist']),
  wo('wo-bestuurskunde', 'Bestuurskunde', 'Gedrag en maatschappij', 'recht-bestuur', ['Beleidsmedewerker overheid']),
  wo('wo-biologie', 'Biologie', 'Natuur', 'wetenschap-onderzoek', ['Bioloog', 'Onderzoeker']),
  wo('wo-natuurkunde', 'Natuurkunde', 'Natuur', 'wetenschap-onderzoek', ['Natuurkundige', 'Onderzoeker']),
  wo('wo-liberal-arts-and-sciences', 'Liberal Arts and Sciences', 'Sectoroverstijgend', 'wetenschap-onderzoek', ['Onderzoeker', 'Beleidsadviseur']),
];

const HANDMATIG = 'Demo: score ingeschat door de decaan op basis van de brontekst; geen ROA-typering.';

const ROA_2030 = 'ROA (Universiteit Maastricht), De arbeidsmarkt naar opleiding en beroep tot 2030 - nieuwsbericht op roa.nl';
const UWV_2030 = 'UWV, onderzoek naar krapte per beroepsgroep tot 2030 (ANP-bericht via Welingelichte Kringen)';
const UWV_2030_URL = 'https://www.welingelichtekringen.nl/economie/uwv-komende-jaren-grotere-arbeidskrapte-in-techniek-en-transport';
const BI_2024 = 'Business Insider Nederland over ROA-rapport De arbeidsmarkt naar opleiding en beroep tot 2024';
const BI_2024_URL = 'https://www.businessinsider.nl/studie-kansen-baan-bachelor-master/';
const RIJNMOND_2028 = 'ROA, De arbeidsmarkt naar opleiding en beroep tot 2028 - samenvatting door Rijnmond Inzicht';
const RIJNMOND_2028_URL = 'https://rijnmondinzicht.nl/rijnmond/roa-rapport-arbeidsprognoses-tot-2028';

/** One row per row of ../shared/data/sector-vooruitzichten.csv, in file order. */
export const DEMO_SECTOR_INDICATORS: readonly DemoSectorIndicator[] = [
  {
    sector: 'techniek-bouw',
    level: 'alle',
    value: 'tekorten verwacht',
    score: 5,
    source: ROA_2030,
    sourceUrl: 'https://roa.nl/en/node/12748',
    year: 2025,
    period: '2025-2030',
    note: `${HANDMATIG} Het nieuwsbericht splitst niet naar richting of niveau.`,
  },
  {
    sector: 'zorg-welzijn',
    level: 'alle',
    value: 'tekorten verwacht',
    score: 5,
    source: ROA_2030,
    sourceUrl: 'https://roa.nl/en/node/12748',
    year: 2025,
    period: '2025-2030',
    note: `${HANDMATIG} Het nieuwsbericht splitst niet naar richting of niveau.`,
  },
  {
    sector: 'onderwijs',
    level: 'alle',
    value: 'tekorten verwacht',
    score: 5,
    source: ROA_2030,
    sourceUrl: 'https://roa.nl/en/node/12748',
    year: 2025,
    period: '2025-2030',
    note: `${HANDMATIG} Het nieuwsbericht splitst niet naar richting of niveau.`,
  },
  {
    sector: 'ict',
    level: 'alle',
    value: 'krapte neemt af',
    score: 4,
    source: UWV_2030,
    sourceUrl: UWV_2030_URL,
    year: 2025,
    period: 'tot 2030',
    note: `${HANDMATIG} De krapte neemt af maar blijft; bron is een ANP-bericht over het UWV-onderzoek, niet het UWV-rapport zelf.`,
  },
  {
    sector: 'economie-handel',
    level: 'alle',
    value: 'minder gunstig',
    score: 2,
    source: 'Hoger Onderwijs Persbureau over ROA-rapport tot 2030 (Punt, Avans Hogeschool)',
    sourceUrl: 'https://punt.avans.nl/2025/11/prognose-technici-vinden-snel-werk-economen-krijgen-het-moeilijker/',
    year: 2025,
    period: '2025-2030',
    note: `${HANDMATIG} Bron is een persbericht over het ROA-rapport, niet het rapport zelf.`,
  },
  {
    sector: 'economie-handel',
    level: 'hbo',
    value: 'matig',
    score: 2,
    source: BI_2024,
    sourceUrl: BI_2024_URL,
    year: 2019,
    period: '2019-2024',
    note: "Demo: de bron noemt letterlijk de ROA-typering 'matig' (score 2 volgens de vaste omzetting). Verouderd: de prognose liep tot 2024. Geldt voor hbo- en wo-bachelors samen; welk ROA-rapport het is, is afgeleid uit de genoemde aantallen.",
  },
  {
    sector: 'horeca-toerisme',
    level: 'alle',
    value: 'krap (personeelstekort)',
    score: 3,
    source: 'UWV, Arbeidsmarktprognose 2024-2025 (nieuwsbericht uwv.nl)',
    sourceUrl: 'https://www.uwv.nl/nl/nieuws/uwv-arbeidsmarktprognose-2024-2025-stabiele-maar-beperkte-banengroei',
    year: 2024,
    period: '2024-2025',
    note: `${HANDMATIG} Verouderd: de prognose liep tot en met 2025, en de horeca wordt alleen terloops genoemd bij dienstverlenende sectoren.`,
  },
  {
    sector: 'agrarisch-voedsel-natuur',
    level: 'alle',
    value: 'knelpunten verwacht',
    score: 4,
    source: 'ROA, De arbeidsmarkt naar opleiding en beroep tot 2028 - samenvatting door ABU',
    sourceUrl: 'https://www.abu.nl/kennisbank/marktcijfers/arbeidsmarkt-wordt-minder-krap-volgens-nieuwe-prognoses-tot-2028/',
    year: 2023,
    period: '2023-2028',
    note: `${HANDMATIG} Bron is een samenvatting door de ABU, een werkgeversorganisatie; de werkgelegenheid zelf daalt.`,
  },
  {
    sector: 'transport-logistiek',
    level: 'alle',
    value: 'krapte neemt toe',
    score: 4,
    source: UWV_2030,
    sourceUrl: UWV_2030_URL,
    year: 2025,
    period: 'tot 2030',
    note: `${HANDMATIG} De krapte neemt toe, vooral voor bus- en trambestuurders; bron is een ANP-bericht over het UWV-onderzoek, niet het UWV-rapport zelf.`,
  },
  {
    sector: 'media-creatief',
    level: 'hbo',
    value: 'redelijk',
    score: 3,
    source: BI_2024,
    sourceUrl: BI_2024_URL,
    year: 2019,
    period: '2019-2024',
    note: "Demo: de bron noemt letterlijk de ROA-typering 'redelijk' (score 3 volgens de vaste omzetting). Verouderd: de prognose liep tot 2024. Het gaat om kunst, taal en cultuur (bachelors); dat Koers dit als Media & creatief indeelt, is onze keuze. Voor journalistiek noemt dezelfde bron 'slecht'.",
  },
  {
    sector: 'veiligheid',
    level: 'alle',
    value: 'grote knelpunten verwacht',
    score: 4,
    source: RIJNMOND_2028,
    sourceUrl: RIJNMOND_2028_URL,
    year: 2023,
    period: '2023-2028',
    note: `${HANDMATIG} Let op: de bron noemt alleen politie-inspecteurs, geen andere veiligheidsberoepen; één zin uit een samenvatting op een regionale site.`,
  },
  {
    sector: 'recht-bestuur',
    level: 'alle',
    value: 'grote knelpunten verwacht',
    score: 4,
    source: RIJNMOND_2028,
    sourceUrl: RIJNMOND_2028_URL,
    year: 2023,
    period: '2023-2028',
    note: `${HANDMATIG} Let op: de bron noemt alleen juristen en overheidsambtenaren; één zin uit een samenvatting op een regionale site.`,
  },
  {
    sector: 'wetenschap-onderzoek',
    level: 'wo',
    value: 'weinig plek binnen de wetenschap',
    score: 2,
    source: 'Rathenau Instituut, factsheet De loopbaan van gepromoveerden',
    sourceUrl: 'https://www.rathenau.nl/nl/wetenschap-cijfers/output/promoties-en-studenten-hoger-onderwijs/de-loopbaan-van-gepromoveerden',
    year: 2024,
    period: 'geen prognose (situatie 2023-2024)',
    note: `${HANDMATIG} Geen prognose maar een beschrijving van de huidige situatie; gaat over gepromoveerden, niet over alle wo-afgestudeerden.`,
  },
];

const ILLUSTRATIEF = 'Illustratief voorbeeld, geen SBB-cijfer.';

/** [opleiding name as in DEMO_OPLEIDINGEN, SBB-style level]: made up, consistent with the sector signals. */
const ILLUSTRATIVE_LEVELS: readonly (readonly [string, string])[] = [
  ['Verpleegkundige', 'goed'],
  ['Verzorgende IG', 'goed'],
  ['Helpende zorg en welzijn', 'voldoende'],
  ['Pedagogisch medewerker kinderopvang', 'voldoende'],
  ['Persoonlijk begeleider gehandicaptenzorg', 'goed'],
  ['Kapper', 'matig'],
  ['Onderwijsassistent', 'voldoende'],
  ['Gespecialiseerd pedagogisch medewerker', 'voldoende'],
  ['Eerste monteur elektrotechnische installaties', 'goed'],
  ['Timmerman', 'goed'],
  ['Monteur mechatronica', 'goed'],
  ['Autotechnicus', 'voldoende'],
  ['Software developer', 'voldoende'],
  ['Allround medewerker IT systems and devices', 'voldoende'],
  ['Verkoopmedewerker', 'matig'],
  ['Bedrijfsadministratief medewerker', 'beperkt'],
  ['Manager retail', 'matig'],
  ['Kok', 'matig'],
  ['Zelfstandig werkend kok', 'matig'],
  ['Leidinggevende travel & hospitality', 'beperkt'],
  ['Logistiek medewerker', 'voldoende'],
  ['Chauffeur goederenvervoer', 'goed'],
  ['Mediavormgever', 'beperkt'],
  ['Mediamaker', 'zeer beperkt'],
  ['Beveiliger', 'matig'],
  ['Medewerker veehouderij', 'voldoende'],
  ['Laborant', 'voldoende'],
];

const codeOf = (name: string): string => DEMO_OPLEIDINGEN.find((opleiding) => opleiding.name === name)?.code ?? '';

/**
 * ILLUSTRATIVE programme-level import file in the SBB-style format (`;`, header
 * `code;opleiding;waarde;toelichting`). Import it with status 'illustratief', never 'geimporteerd'.
 */
export const DEMO_ILLUSTRATIVE_CSV: string = ['code;opleiding;waarde;toelichting', ...ILLUSTRATIVE_LEVELS.map(([name, level]) => `${codeOf(name)};${name};${level};${ILLUSTRATIEF}`)].join('\n') + '\n';
