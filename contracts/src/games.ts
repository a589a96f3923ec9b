import type { GameKind, GameSettings, Sector } from './modules';

/**
 * Built-in labour-market games (issue 5). The server builds a game's content from the module's
 * settings (`GameSettings.items`) and the game catalogue below with `buildGameContent`; the player
 * renders it and reports what happened as GameEvents, which it turns into xAPI statements
 * (attempted / answered / completed).
 *
 * Honesty rules (DESIGN.md "Kansrijk — be honest", ../shared/data/README.md):
 * - every fact names its source and year (`year: null` = the source shows no date, shown "z.j.");
 * - facts come from ../shared/data (ROA, UWV, CBS, cao tables), summarised in our own words;
 * - "onbekend" stays visible as unknown (`source: null`), never filled in by us;
 * - the 1–5 prospect score is Koers's own reading of a named published signal, not a ROA
 *   typering, so it is always marked illustrative; texts written by the Koers editors (a day's
 *   situations, "team") are illustrative too.
 */

/** Where a figure comes from; every figure a game shows names its source and year. */
export interface DataSource {
  readonly name: string;
  /** Publication year; null when the source shows no date (shown as "z.j.", zonder jaar). */
  readonly year: number | null;
  readonly url: string | null;
  /** True for illustrative demo values (shown as "illustratief" wherever they appear). */
  readonly illustrative: boolean;
  /** Forecast period the statement is about, e.g. "2025-2030"; absent when not a forecast. */
  readonly period?: string;
}

/** True when the source is a forecast whose period ended before `year` (shown as "verouderd"). */
export function isOutdated(source: DataSource, year: number): boolean {
  const years = source.period?.match(/\d{4}/g);
  return !!years && Number(years[years.length - 1]) < year;
}

/** 1 slecht … 5 zeer goed. */
export type ProspectScore = 1 | 2 | 3 | 4 | 5;
export const PROSPECT_SCORES: readonly ProspectScore[] = [1, 2, 3, 4, 5];
/** Dutch labels of the five levels (the SPA shows them through i18n: games.prospect.<score>). */
export const PROSPECT_LABELS: Readonly<Record<ProspectScore, string>> = {
  1: 'slecht',
  2: 'matig',
  3: 'redelijk',
  4: 'goed',
  5: 'zeer goed',
};

/** Working conditions a game can show (issue 5: hours, physical work, shifts, salary, team). */
export const CONDITION_TOPICS = ['werktijden', 'diensten', 'fysiek', 'salaris', 'werkdruk', 'team', 'vooruitzicht'] as const;
export type ConditionTopic = (typeof CONDITION_TOPICS)[number];

/** One working condition of a beroep. `source: null` means unknown: `text` then says "onbekend". */
export interface WorkingCondition {
  readonly topic: ConditionTopic;
  readonly text: string;
  readonly source: DataSource | null;
}

/** A fact with its source (opleiding route, prospect signal). */
export interface SourcedText {
  readonly text: string;
  readonly source: DataSource;
}

// ---------------------------------------------------------------------------------------------
// Content the player renders (one discriminated union on `kind`)
// ---------------------------------------------------------------------------------------------

export interface GameContentBase {
  readonly kind: GameKind;
  /** Share of scoreMax needed for `success` (0..1). */
  readonly successThreshold: number;
}

export interface KansQuestion {
  /** Stable id (catalogue id), used in the activity id of the answer. */
  readonly id: string;
  readonly beroep: string;
  readonly opleiding: SourcedText;
  readonly sector: Sector;
  /** Koers's prospect score (always illustrative: our reading of `signal`). */
  readonly prospect: ProspectScore;
  readonly prospectSource: DataSource;
  /** What the published source says, in our own words, with the source and year. */
  readonly signal: SourcedText;
  /** One plain line for students explaining the score. */
  readonly explanation: string;
}

export interface KansOfGeenKansContent extends GameContentBase {
  readonly kind: 'kans-of-geen-kans';
  /** A guess at most this many levels from the real score is close: 1 point (exact: 2; the player's scoring). */
  readonly tolerance: number;
  readonly questions: readonly KansQuestion[];
}

export interface DayChoice {
  readonly id: string;
  readonly label: string;
  /** What happens next (illustrative, written by the Koers editors). */
  readonly outcome: string;
  /** The working condition this choice reveals. */
  readonly reveals: ConditionTopic;
}

export interface DayMoment {
  readonly id: string;
  /** Time of day, "HH:MM". */
  readonly time: string;
  readonly situation: string;
  /** 2–3 choices; none is right or wrong. */
  readonly choices: readonly DayChoice[];
}

export interface QuizQuestion {
  readonly id: string;
  readonly question: string;
  readonly options: readonly string[];
  readonly correctIndex: number;
  readonly source: DataSource;
}

export interface DayInTheLife {
  readonly id: string;
  readonly beroep: string;
  readonly sector: Sector;
  readonly opleiding: SourcedText;
  readonly intro: string;
  readonly moments: readonly DayMoment[];
  /** Every topic once, in CONDITION_TOPICS order (unknown ones included). */
  readonly conditions: readonly WorkingCondition[];
  /** Closing quiz about this beroep's working conditions (the score of the game). */
  readonly quiz: readonly QuizQuestion[];
}

export interface EenDagAlsContent extends GameContentBase {
  readonly kind: 'een-dag-als';
  /** The student picks one day to play. */
  readonly days: readonly DayInTheLife[];
}

export interface MatchPair {
  readonly id: string;
  readonly beroep: string;
  readonly opleiding: string;
  readonly sector: Sector;
  /** Shown once the pair is matched. */
  readonly fact: SourcedText;
  readonly opleidingSource: DataSource;
}

export interface MatchContent extends GameContentBase {
  readonly kind: 'match';
  readonly timeLimitSeconds: number;
  readonly pairs: readonly MatchPair[];
}

export type GameContent = KansOfGeenKansContent | EenDagAlsContent | MatchContent;

/** What a game component reports to the player. */
export type GameEvent =
  | { readonly type: 'attempted' }
  | {
      readonly type: 'answered';
      /** Stable within the game content (used in the activity id). */
      readonly questionId: string;
      /** The question as shown (Dutch), for the statement's activity name. */
      readonly question: string;
      readonly response: string;
      /** null when there is no right answer (e.g. a choice in "Een dag als…"). */
      readonly correct: boolean | null;
    }
  | {
      readonly type: 'completed';
      readonly scoreRaw: number;
      readonly scoreMax: number;
      readonly success: boolean;
      readonly durationSeconds: number;
    };

export type { Sector };

// ---------------------------------------------------------------------------------------------
// Catalogue: pure data from ../shared/data (compiled 2026-11-25), in our own words
// ---------------------------------------------------------------------------------------------

interface DayScript {
  readonly intro: string;
  readonly moments: readonly DayMoment[];
}

export interface CatalogueBeroep {
  readonly id: string;
  /** The label decanen use (as in ../shared/data/beroepen-werkomstandigheden.csv and the seed). */
  readonly beroep: string;
  /** Other labels that resolve to this entry (opleiding names, short forms). */
  readonly aliases: readonly string[];
  readonly sector: Sector;
  /** Short opleiding name for the match game. */
  readonly opleidingShort: string;
  readonly opleiding: SourcedText;
  readonly prospect: ProspectScore;
  readonly signal: SourcedText;
  readonly explanation: string;
  readonly conditions: Readonly<Partial<Record<ConditionTopic, SourcedText>>>;
  readonly day: DayScript | null;
}

const src = (name: string, year: number | null, url: string | null, period?: string): DataSource =>
  period ? { name, year, url, illustrative: false, period } : { name, year, url, illustrative: false };

/** Texts written by the Koers editors for the demo (situations, team descriptions). */
export const KOERS_EDITORS: DataSource = { name: 'Koers demo-redactie', year: 2026, url: null, illustrative: true };

const ROA_2030 = src('ROA, De arbeidsmarkt naar opleiding en beroep tot 2030 (nieuwsbericht)', 2025, 'https://roa.nl/en/node/12748', '2025-2030');
const ROA_2028 = src('ROA, De arbeidsmarkt naar opleiding en beroep tot 2028 (samenvatting ABU)', 2023, 'https://www.abu.nl/kennisbank/marktcijfers/arbeidsmarkt-wordt-minder-krap-volgens-nieuwe-prognoses-tot-2028/', '2023-2028');
const UWV_2030 = src('UWV, krapte per beroepsgroep tot 2030 (ANP-bericht)', 2025, 'https://www.welingelichtekringen.nl/economie/uwv-komende-jaren-grotere-arbeidskrapte-in-techniek-en-transport', 'tot 2030');
const UWV_2024 = src('UWV, Arbeidsmarktprognose 2024-2025', 2024, 'https://www.uwv.nl/nl/nieuws/uwv-arbeidsmarktprognose-2024-2025-stabiele-maar-beperkte-banengroei', '2024-2025');
const ROA_2026 = src('ROA, prognose tot 2026 (via nieuws.nl)', 2021, 'https://nieuws.nl/economie/20210708/meeste-kans-op-baan-in-techniek-zorg-en-onderwijs/', '2021-2026');
const POLITIE = src('Politiecijfers via NOS (samengevat door Crimesite)', 2023, 'https://www.crimesite.nl/nog-jaren-tekorten-bij-de-politie/', 'tot 2027');
const UWV_ADMIN = src('UWV via Werkgeversservicepunt Midden-Utrecht (regionaal)', 2023, 'https://www.wspmiddenutrecht.nl/actueel/op-termijn-neemt-tekort-aan-administratief-personeel-af-in-midden-utrecht/');
const CMMBO = src('Commissie Macrodoelmatigheid MBO (via Euroguidance)', 2018, 'http://euroguidance.nl/3_1970_Arbeidsmarktperspectief-creatieve-mbo-opleidingen.aspx');
const CBS_NACHT = src('CBS, nachtwerkers in 2020 (via HR-kiosk)', 2021, 'https://www.hr-kiosk.nl/nieuws/1-2-miljoen-nachtwerkers-in-2020');
const CBS_PSYCH = src('CBS Statistische Trends, psychisch belastend werk naar beroep', 2020, 'https://www.cbs.nl/nl-nl/longread/statistische-trends/2020/psychisch-belastend-werk-naar-beroep/1-inleiding');
const CBS_KANTOOR = src('CBS Enquête beroepsbevolking, cijfers 2024 (via AGF.nl)', 2026, 'https://www.agf.nl/article/9799808/relatief-minder-mensen-werken-buiten-kantoortijden');
const CBS_WERKDRUK = src('CBS-onderzoek werkdruk (via NOS)', 2017, 'http://nos.nl/artikel/2166294-koks-onderwijzers-en-artsen-ervaren-hoogste-werkdruk.html');
const CBS_VERZORGENDEN = src('CBS over verzorgenden (via nu.nl)', null, 'https://www.nu.nl/economie/1846956/verzorgenden-ervaren-werk-als-zwaar.html');
const AKKOLADE = src('Akkolade, schaal 35 of 40 voor verzorgende IG', null, 'https://akkolade.org/magazine/schaal-35-of-40-in-welke-schaal-hoor-ik-als-verzorgende-ig');
const CAO_BOUW = src('cao Bouw & Infra (samenvatting Jigler)', null, 'https://cao.jigler.nl/bouw-en-infra/download/');
const UWV_KOK = src('UWV krapteberoepen (via Pretwerk)', null, 'https://pretwerk.nl/recreatie-actueel/ondernemerschap/diverse-horecaberoepen-steeds-lastiger-vullen/48117');
const RD_POLITIE = src('Reformatorisch Dagblad over de wervingscampagne van de politie', 2019, 'https://www.rd.nl/vandaag/binnenland/megaklus-voor-politie-17-000-nieuwe-agenten-zoeken-1.1566418');
const METRO_POLITIE = src('Metro, salaris bij de politie vanaf 2024', 2023, 'https://www.metronieuws.nl/geld-carriere/2023/12/salaris-bij-de-politie-per-rang-in-nederland-vanaf-2024/');
const BOERDERIJ = src('Boerderij, tekort aan agrarisch personeel', 2019, 'https://www.boerderij.nl/Home/Nieuws/2019/10/Groot-tekort-aan-agrarisch-personeel-482005E/');
const AOB = src('AOb, herwaardering ondersteuners', null, 'https://www.aob.nl/nieuws/herwaardering-ondersteuners-komt-slecht-van-de-grond/');
const FLEXPEDIA_CAO = src('Flexpedia, samenvatting cao Beroepsgoederenvervoer', 2024, 'https://flexpedia.nl/?p=5222');

const prospectSource = (signal: DataSource): DataSource => ({
  name: `Koers-inschatting op basis van: ${signal.name}`,
  year: signal.year,
  url: signal.url,
  illustrative: true,
  ...(signal.period ? { period: signal.period } : {}),
});

const m = (id: string, time: string, situation: string, choices: readonly DayChoice[]): DayMoment => ({ id, time, situation, choices });
const c = (id: string, label: string, outcome: string, reveals: ConditionTopic): DayChoice => ({ id, label, outcome, reveals });

export const GAME_CATALOGUE: readonly CatalogueBeroep[] = [
  {
    id: 'verpleegkundige',
    beroep: 'Verpleegkundige',
    aliases: ['Verpleegkunde', 'Verpleegkundige mbo', 'hbo-v'],
    sector: 'zorg-welzijn',
    opleidingShort: 'mbo Verpleegkunde (niveau 4) of hbo-v',
    opleiding: { text: 'mbo-opleiding Verpleegkunde (niveau 4) of hbo-bachelor Verpleegkunde', source: src('Enurse, opleidingspagina verpleegkunde', null, 'https://enurse.nl/carriere/opleiding/') },
    prospect: 5,
    signal: { text: 'Tekorten houden aan: ROA noemt verpleegkundigen met name.', source: ROA_2028 },
    explanation: 'In de zorg zijn tot ver na 2028 te weinig verpleegkundigen.',
    conditions: {
      werktijden: { text: 'In het ziekenhuis werk je ook in de nacht en het weekend, met toeslag.', source: src('AD, FNV over werken in ziekenhuizen', 2019, 'https://www.ad.nl/ad-werkt/waarom-150-000-ziekenhuismedewerkers-woensdag-hun-werk-neerleggen~aa44340f/') },
      diensten: { text: 'Ja: dit beroep hoort bij de grootste groepen nachtwerkers.', source: CBS_NACHT },
      salaris: { text: '€ 2.832 bruto per maand bij 36 uur als starter (cao Ziekenhuizen, 2023).', source: src('cao Ziekenhuizen, salaristabel (via Enurse)', 2023, 'https://enurse.nl/2021/07/02/verdient-verpleegkundige-ziekenhuis/') },
      werkdruk: { text: 'Psychisch zwaar: verpleegkundigen staan in de top 10 van psychisch belastende beroepen.', source: CBS_PSYCH },
      team: { text: 'Je werkt met een vast team op een afdeling en draagt je patiënten over aan de volgende dienst.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je werkt op de afdeling chirurgie van een ziekenhuis. Vandaag draai je de vroege dienst.',
      moments: [
        m('overdracht', '07:00', 'Je dienst begint. De nachtdienst wil je vertellen hoe het met de patiënten ging.', [
          c('luisteren', 'Rustig luisteren naar de overdracht', 'De collega van de nachtdienst gaat zo naar huis. Zorg draait dag en nacht door.', 'diensten'),
          c('team', 'Eerst je team gedag zeggen', 'Je team verdeelt de kamers. Je weet precies wie je kunt bellen als het druk wordt.', 'team'),
        ]),
        m('bel', '10:30', 'Een patiënt belt: hij is bang voor zijn operatie van morgen.', [
          c('praten', 'Even bij hem gaan zitten', 'Je stelt hem gerust. Dat kost tijd en energie, maar het maakt verschil.', 'werkdruk'),
          c('arts', 'De arts vragen om langs te komen', 'De arts komt later. Jij blijft het aanspreekpunt voor de patiënt.', 'werkdruk'),
        ]),
        m('rooster', '15:00', 'Je leidinggevende vraagt of je volgende week een paar nachtdiensten wilt doen.', [
          c('ja', 'Ja, dat past wel', 'Nachtdiensten en weekenden horen erbij, en je krijgt er toeslag voor.', 'werktijden'),
          c('loon', 'Eerst vragen wat je verdient', 'Je kijkt in de cao: daar staat het startsalaris precies in.', 'salaris'),
        ]),
      ],
    },
  },
  {
    id: 'verzorgende-ig',
    beroep: 'Verzorgende IG',
    aliases: ['Verzorgende', 'Verzorgende-IG', 'Verzorgende individuele gezondheidszorg'],
    sector: 'zorg-welzijn',
    opleidingShort: 'mbo Verzorgende IG (niveau 3)',
    opleiding: { text: 'mbo-opleiding Verzorgende IG (niveau 3)', source: AKKOLADE },
    prospect: 5,
    signal: { text: 'Tekorten in de zorg blijven tot 2030 (voor de hele sector).', source: ROA_2030 },
    explanation: 'De zorg blijft tot 2030 mensen tekortkomen; dat geldt voor de hele sector.',
    conditions: {
      diensten: { text: 'Ja: dit beroep hoort bij de grootste groepen nachtwerkers.', source: CBS_NACHT },
      fysiek: { text: 'Zwaar: vaak lichamelijk zwaar werk.', source: CBS_VERZORGENDEN },
      salaris: { text: 'Bedrag onbekend; meestal FWG-schaal 35, met meer verantwoordelijkheid 40 (cao VVT).', source: AKKOLADE },
      werkdruk: { text: 'Hoge werkdruk, samen met het zware werk.', source: CBS_VERZORGENDEN },
      team: { text: 'Je werkt met verzorgenden en verpleegkundigen, in een verpleeghuis of in de wijk.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je werkt in een verpleeghuis met oudere bewoners. Je dienst begint vroeg.',
      moments: [
        m('wassen', '07:30', 'Mevrouw De Vries wil uit bed, maar ze kan niet goed staan.', [
          c('tillift', 'De tillift pakken', 'Met de lift til je veilig. Toch is dit werk vaak lichamelijk zwaar.', 'fysiek'),
          c('collega', 'Een collega vragen om te helpen', 'Samen gaat het beter. Je werkt veel samen met je team.', 'team'),
        ]),
        m('koffie', '11:00', 'Drie bewoners willen tegelijk je aandacht en er is één collega ziek.', [
          c('lijst', 'Een lijstje maken: wat moet eerst?', 'Je komt er, maar het is druk. Hoge werkdruk komt veel voor.', 'werkdruk'),
          c('praatje', 'Toch even een praatje maken', 'Een bewoner lacht. Daarna moet je wel opschieten.', 'werkdruk'),
        ]),
        m('rooster', '14:30', 'Je bekijkt het rooster van volgende maand.', [
          c('nacht', 'Kijken of er nachtdiensten in staan', 'Ja, ook nachten. Verzorgenden werken vaak \'s nachts.', 'diensten'),
          c('schaal', 'Kijken wat je verdient', 'Het salaris hangt af van je schaal in de cao.', 'salaris'),
        ]),
      ],
    },
  },
  {
    id: 'elektromonteur',
    beroep: 'Elektromonteur / installatiemonteur',
    aliases: ['Elektromonteur', 'Installatiemonteur', 'Elektrotechniek', 'Installatietechniek', 'Monteur'],
    sector: 'techniek-bouw',
    opleidingShort: 'mbo Elektrotechniek of Installatietechniek',
    opleiding: { text: 'mbo-opleiding elektrotechniek of installatietechniek (niveau 4)', source: src('Trouw, rondgang technische bedrijven', 2018, 'https://www.trouw.nl/home/door-schaarste-aan-technici-schiet-hun-loon-omhoog~aadb9cc6/') },
    prospect: 5,
    signal: { text: 'De tekorten in de techniek blijven tot 2030 (voor de hele sector).', source: ROA_2030 },
    explanation: 'Technici zijn tot 2030 hard nodig, bijvoorbeeld voor de energietransitie.',
    conditions: {
      salaris: { text: '€ 2.300 – 2.600 bruto per maand voor starters met mbo 4 (indicatie van werkgevers).', source: src('Trouw, rondgang technische bedrijven', 2018, 'https://www.trouw.nl/home/door-schaarste-aan-technici-schiet-hun-loon-omhoog~aadb9cc6/') },
      team: { text: 'Je werkt vaak met één of twee collega\'s bij klanten of op een bouwproject.', source: KOERS_EDITORS },
    },
    day: null,
  },
  {
    id: 'timmerman',
    beroep: 'Timmerman',
    aliases: ['Allround timmerman', 'Timmeren', 'Bouwvakker'],
    sector: 'techniek-bouw',
    opleidingShort: 'mbo Timmerman (niveau 2)',
    opleiding: { text: 'mbo-opleiding Timmerman (niveau 2), daarna Allround timmerman (niveau 3)', source: src('nu.nl, Dit verdient een timmerman', 2022, 'https://www.nu.nl/werk/6226394/dit-verdient-een-timmerman.html') },
    prospect: 5,
    signal: { text: 'De tekorten in de techniek blijven tot 2030 (voor de hele sector).', source: ROA_2030 },
    explanation: 'In de bouw en techniek zijn tot 2030 te weinig vakmensen.',
    conditions: {
      werktijden: { text: '40 uur per week, dagrooster tussen 07.00 en 19.00 uur (cao Bouw & Infra).', source: CAO_BOUW },
      diensten: { text: 'Vooral dagwerk: het rooster ligt tussen 07.00 en 19.00 uur.', source: CAO_BOUW },
      fysiek: { text: 'Zwaar: de bouw is een bekend voorbeeld van lichamelijk zwaar werk.', source: src('Sdu HSE, Arbo-informatieblad fysieke belasting', null, 'https://hse.sdu.nl./content/p1-475120') },
      salaris: { text: 'Minimaal € 15,38 bruto per uur (cao Bouw & Infra, 2021).', source: src('nu.nl, CNV over cao Bouw & Infra', 2021, 'https://www.nu.nl/werk/6156840/dit-verdient-een-bouwvakker.html') },
      werkdruk: { text: 'De cao heeft een regeling voor mensen die zwaar werk doen (zwaarwerkregeling).', source: src('Timmerman Vacature, wijzigingen Bouw-cao', 2024, 'https://www.timmermanvacature.nl/timmerbranche/wet-en-regelgeving/veranderingen-in-de-bouw-cao') },
      team: { text: 'Je werkt in een ploeg op de bouwplaats, samen met andere vakmensen.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je bouwt mee aan een rij nieuwe huizen. Vandaag plaats je kozijnen.',
      moments: [
        m('start', '07:00', 'De bus met je ploeg komt aan op de bouwplaats. Het is koud.', [
          c('koffie', 'Eerst samen de planning doornemen', 'De uitvoerder vertelt wie wat doet. Je werkt als ploeg.', 'team'),
          c('direct', 'Meteen aan de slag', 'Je begint vroeg: de werkdag op de bouw start om 7 uur.', 'werktijden'),
        ]),
        m('kozijn', '10:00', 'Een zwaar kozijn moet naar de eerste verdieping.', [
          c('sjouwen', 'Met z\'n tweeën tillen', 'Het lukt, maar je voelt je rug. Dit werk is lichamelijk zwaar.', 'fysiek'),
          c('kraan', 'Wachten op de bouwkraan', 'Veiliger voor je lijf. De cao heeft zelfs een regeling voor zwaar werk.', 'werkdruk'),
        ]),
        m('eind', '16:00', 'Het eerste huis is wind- en waterdicht. Je collega vraagt wat je verdient.', [
          c('loon', 'Vertellen wat er in de cao staat', 'Er staat een minimumloon per uur in de cao Bouw & Infra.', 'salaris'),
          c('avond', 'Vragen of je morgen vroeg weer moet', 'Ja, maar \'s avonds en \'s nachts werk je bijna nooit.', 'diensten'),
        ]),
      ],
    },
  },
  {
    id: 'leraar-basisonderwijs',
    beroep: 'Leraar basisonderwijs',
    aliases: ['Pabo', 'Leraar', 'Leerkracht basisonderwijs', 'Juf', 'Meester'],
    sector: 'onderwijs',
    opleidingShort: 'Pabo (hbo)',
    opleiding: { text: 'pabo (hbo)', source: src('Keuzegids Hbo, Leraar Basisonderwijs (PABO)', 2015, 'https://www.keuzegids.org/ol/gidsen/hbovt15/18') },
    prospect: 5,
    signal: { text: 'Tekorten blijven: ROA noemt leraren basisonderwijs met name.', source: ROA_2028 },
    explanation: 'Basisscholen zoeken nog jaren nieuwe leraren.',
    conditions: {
      fysiek: { text: 'Licht: 3,3 % zet regelmatig veel kracht, tegen 18,2 % van alle werknemers (2021).', source: src('CBS StatLine 84435NED, fysieke arbeidsbelasting per beroep', 2021, 'https://www.cbs.nl/nl-nl/cijfers/detail/84435NED?q=leraren') },
      salaris: { text: '€ 2.865 bruto per maand als starter (schaal LB, 2022).', source: src('Eindhovens Dagblad over de cao po', 2022, 'https://www.ed.nl/werk/br-salarisverhoging-basisonderwijs-niet-genoeg-docenten-willen-niet-komende-40-jaar-dezelfde-plaat-afspelen~a56f91ed/') },
      werkdruk: { text: 'Hoge werkdruk en emotioneel zwaar werk.', source: CBS_WERKDRUK },
      team: { text: 'Je staat alleen voor de klas, maar werkt samen met collega\'s, een intern begeleider en ouders.', source: KOERS_EDITORS },
    },
    day: null,
  },
  {
    id: 'onderwijsassistent',
    beroep: 'Onderwijsassistent',
    aliases: ['Onderwijsassistente', 'Leraarondersteuner'],
    sector: 'onderwijs',
    opleidingShort: 'mbo Onderwijsassistent (niveau 4)',
    opleiding: { text: 'mbo-opleiding Onderwijsassistent (niveau 4)', source: src('Webwoordenboek, onderwijsassistent en leraarondersteuner', null, 'https://webwoordenboek.nl/kenniscentrum/wat-is-het-verschil-tussen-een-leraarondersteuner-en-onderwijsassistent') },
    prospect: 4,
    signal: { text: 'Tekorten in het onderwijs blijven tot 2030 (voor de hele sector, niet per beroep).', source: ROA_2030 },
    explanation: 'Het onderwijs houdt tekorten, maar er is geen aparte prognose voor assistenten.',
    conditions: {
      salaris: { text: 'Bedrag onbekend: schaal 4, 5 of 6 van de cao po.', source: AOB },
      werkdruk: { text: 'Lang niet alle assistenten krijgen de schaal die bij hun taken hoort.', source: AOB },
      team: { text: 'Je werkt samen met de leraar, vaak met kleine groepjes kinderen.', source: KOERS_EDITORS },
    },
    day: null,
  },
  {
    id: 'software-developer',
    beroep: 'Software developer',
    aliases: ['Softwareontwikkelaar', 'Programmeur', 'Developer', 'hbo-ICT', 'Informatica', 'ICT'],
    sector: 'ict',
    opleidingShort: 'hbo-ICT of wo Informatica',
    opleiding: { text: 'hbo-ICT of wo-informatica', source: src('Codehive, startsalarissen tech en data', 2025, 'https://codehive.nl/actueel/wat-verdien-je-als-starter-in-tech-data-salarissen-2025') },
    prospect: 4,
    signal: { text: 'De krapte neemt tot 2030 af: softwareontwikkelaars zijn iets makkelijker te vinden.', source: UWV_2030 },
    explanation: 'Nog steeds veel werk, maar het tekort wordt kleiner.',
    conditions: {
      werktijden: { text: 'Meestal binnen kantoortijden.', source: CBS_KANTOOR },
      diensten: { text: 'Meestal niet: hooguit 10 % werkt vaak \'s avonds, \'s nachts of in het weekend.', source: CBS_KANTOOR },
      salaris: { text: 'Gemiddeld ongeveer € 3.000 bruto per maand als starter na hbo-ICT (recruitmentbureau).', source: src('Codehive, startsalarissen tech en data', 2025, 'https://codehive.nl/actueel/wat-verdien-je-als-starter-in-tech-data-salarissen-2025') },
      werkdruk: { text: 'Veel thuis- en hybride werk: ongeveer 90 % werkt deels op afstand.', source: src('OfferZen-enquête (via Managersonline)', 2022, 'https://www.managersonline.nl/nieuws/22622/softwareontwikkelaars-in-2022-retentie-de-grootste-uitdaging.html') },
      team: { text: 'Je werkt in een klein team met korte overleggen, vaak deels online.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je bouwt mee aan een app voor een vervoersbedrijf.',
      moments: [
        m('standup', '09:00', 'Het team begint met een korte stand-up. Je zit thuis.', [
          c('online', 'Online meedoen vanaf je bureau thuis', 'Geen probleem: de meeste ontwikkelaars werken deels thuis.', 'werkdruk'),
          c('vraag', 'Een vraag stellen over je taak', 'Een collega helpt je meteen. Je werkt in een klein team.', 'team'),
        ]),
        m('bug', '13:00', 'Er zit een fout in de app. Klanten kunnen geen kaartje kopen.', [
          c('zoeken', 'Zelf de fout zoeken', 'Na een uur vind je hem. Je lost het op in gewone werktijd.', 'werktijden'),
          c('samen', 'Samen met een collega zoeken', 'Met z\'n tweeën gaat het sneller. Samenwerken hoort erbij.', 'team'),
        ]),
        m('klaar', '17:00', 'Het is vijf uur. De fout is opgelost.', [
          c('stoppen', 'Laptop dicht', '\'s Avonds en in het weekend werk je meestal niet.', 'diensten'),
          c('loon', 'Nog even vacatures bekijken', 'Je ziet wat starters ongeveer verdienen.', 'salaris'),
        ]),
      ],
    },
  },
  {
    id: 'logistiek-medewerker',
    beroep: 'Logistiek medewerker',
    aliases: ['Logistiek', 'Magazijnmedewerker', 'Orderpicker'],
    sector: 'transport-logistiek',
    opleidingShort: 'mbo Logistiek medewerker',
    opleiding: { text: 'mbo-opleiding logistiek medewerker, ook via de bbl', source: src('SBB Barometer (via Leren en Werken)', 2017, 'https://www.lerenenwerken.nl/nieuws/sbb-barometer-april-2017') },
    prospect: 3,
    signal: { text: 'Veel vacatures, maar ook veel mensen die dit werk zoeken.', source: ROA_2026 },
    explanation: 'Er is genoeg werk, maar je hebt ook veel concurrentie.',
    conditions: {
      werktijden: { text: '40 uur per week, dagdienst tussen 06.00/07.00 en 18.00/19.00 uur, hooguit 10 uur per dag.', source: FLEXPEDIA_CAO },
      salaris: { text: 'Minimaal € 11,68 bruto per uur (cao Beroepsgoederenvervoer, 2020).', source: src('Flexpedia, loonschalen Transport-cao', 2020, 'https://www.flexpedia.nl/blog/loonschalen-transport-cao-1-januari-2020/') },
      team: { text: 'Je werkt in een team in het magazijn; een teamleider verdeelt de orders.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je werkt in het magazijn van een webwinkel. Vandaag is het extra druk.',
      moments: [
        m('start', '06:30', 'Je dienst begint vroeg. De eerste vrachtwagen staat al klaar.', [
          c('vroeg', 'Snel je hesje aan en beginnen', 'Een dagdienst kan om 6 of 7 uur beginnen.', 'werktijden'),
          c('leider', 'Eerst naar de teamleider', 'Die verdeelt de orders. Je weet meteen wat je moet doen.', 'team'),
        ]),
        m('druk', '11:00', 'Er komen honderden bestellingen tegelijk binnen.', [
          c('scanner', 'Met de scanner zo snel mogelijk orders pakken', 'Je werkt lang door. Een werkdag mag hooguit 10 uur duren.', 'werktijden'),
          c('helpen', 'Een nieuwe collega helpen', 'Samen houd je het tempo vol.', 'team'),
        ]),
        m('loon', '15:00', 'In de pauze praat je over je loonstrook.', [
          c('cao', 'Opzoeken wat er in de cao staat', 'De cao noemt een minimumloon per uur.', 'salaris'),
          c('toekomst', 'Vragen of er genoeg werk blijft', 'Er zijn veel vacatures, maar ook veel mensen die dit werk zoeken.', 'vooruitzicht'),
        ]),
      ],
    },
  },
  {
    id: 'kok',
    beroep: 'Kok',
    aliases: ['Zelfstandig werkend kok', 'Koken', 'Horeca'],
    sector: 'horeca-toerisme',
    opleidingShort: 'mbo Kok',
    opleiding: { text: 'mbo-opleiding Kok (niveau in de bron onbekend)', source: KOERS_EDITORS },
    prospect: 3,
    signal: { text: 'Krap: de horeca heeft te weinig personeel, maar veel koks stoppen vanwege de werktijden.', source: UWV_2024 },
    explanation: 'Veel vacatures, maar veel koks houden het niet vol; de prognose liep tot 2025.',
    conditions: {
      werktijden: { text: 'Veel mensen stoppen vanwege de werktijden: lastig te combineren met een gezin.', source: UWV_KOK },
      fysiek: { text: 'Kan lichamelijk zwaar zijn.', source: UWV_KOK },
      salaris: { text: 'Bedrag onbekend: functiegroep 3 tot en met 5 van de cao Horeca.', source: src('Entree Magazine, horeca-cao', 2024, 'https://www.entreemagazine.nl/ondernemen/horeca-cao-zo-bepaal-je-het-loon-van-een-vakkracht') },
      werkdruk: { text: 'Hoge werkdruk, vooral omdat je heel snel moet werken.', source: CBS_WERKDRUK },
      team: { text: 'Je werkt in een keukenbrigade: iedereen heeft een eigen post.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je werkt in de keuken van een druk restaurant. Je dienst begint \'s middags.',
      moments: [
        m('mise', '14:00', 'Je begint met de mise-en-place: alles klaarzetten voor vanavond.', [
          c('snijden', 'Groenten snijden bij je eigen post', 'Iedereen in de brigade heeft een vaste taak.', 'team'),
          c('staan', 'Ook de zware pannen klaarzetten', 'Je staat de hele dag. Het werk kan lichamelijk zwaar zijn.', 'fysiek'),
        ]),
        m('rush', '19:30', 'Alle tafels zitten vol. De bonnen blijven binnenkomen.', [
          c('tempo', 'Tempo maken', 'Snel, sneller, snelst: koks ervaren een hoge werkdruk.', 'werkdruk'),
          c('hulp', 'Een collega om hulp vragen', 'Samen haal je het, maar het blijft hard werken.', 'werkdruk'),
        ]),
        m('laat', '23:00', 'De laatste gasten gaan weg. Morgen is het zaterdag.', [
          c('weekend', 'Kijken of je dit weekend vrij bent', 'Niet dus. Door de werktijden stoppen veel koks met de horeca.', 'werktijden'),
          c('loon', 'Vragen wat je als kok verdient', 'Dat hangt af van je functiegroep in de cao Horeca.', 'salaris'),
        ]),
      ],
    },
  },
  {
    id: 'politieagent',
    beroep: 'Politieagent',
    aliases: ['Politie', 'Agent', 'Politiemedewerker', 'Politieopleiding'],
    sector: 'veiligheid',
    opleidingShort: 'Politieopleiding (mbo 4)',
    opleiding: { text: 'politieopleiding op mbo 4-niveau (2 jaar), in dienst van de politie', source: METRO_POLITIE },
    prospect: 5,
    signal: { text: 'Tekort van ongeveer 1.500 agenten verwacht tot in 2027.', source: POLITIE },
    explanation: 'De politie komt de komende jaren veel agenten tekort.',
    conditions: {
      werktijden: { text: 'Onregelmatige diensten, ook \'s nachts.', source: RD_POLITIE },
      diensten: { text: 'Ja, ook nachtdiensten en weekenden.', source: RD_POLITIE },
      fysiek: { text: 'Je moet fit zijn: sterk en lenig.', source: RD_POLITIE },
      salaris: { text: '€ 2.252,68 bruto per maand als starter (schaal 6, per 1-1-2024).', source: METRO_POLITIE },
      werkdruk: { text: 'Psychisch zwaar: politie en brandweer staan in de top 10 van psychisch belastende beroepen.', source: CBS_PSYCH },
      team: { text: 'Je rijdt vaak met een vaste collega en werkt in een basisteam.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je werkt in een basisteam in een middelgrote stad. Je hebt vandaag late dienst.',
      moments: [
        m('briefing', '15:00', 'De dienst begint met een briefing van de teamchef.', [
          c('maatje', 'Kijken met wie je vandaag rijdt', 'Je surveilleert met een vaste collega. Je moet op elkaar kunnen bouwen.', 'team'),
          c('fit', 'Nog snel je uitrusting checken', 'Vest, portofoon, alles zit goed. Je moet fit zijn voor dit werk.', 'fysiek'),
        ]),
        m('melding', '21:00', 'Melding: ruzie op straat. Iemand is gewond.', [
          c('rustig', 'Rustig praten met de mensen', 'Het loopt goed af. Zulke momenten blijven wel in je hoofd zitten.', 'werkdruk'),
          c('ambulance', 'Eerst een ambulance bellen', 'Goede keuze. Daarna schrijf je nog een verslag.', 'werkdruk'),
        ]),
        m('nacht', '23:30', 'Je collega van de nachtdienst komt binnen.', [
          c('rooster', 'Je rooster voor volgende week bekijken', 'Volgende week heb je nachtdiensten. Dat hoort bij de politie.', 'diensten'),
          c('loon', 'Vragen wat een starter verdient', 'In de opleiding krijg je al salaris; daarna start je in schaal 6.', 'salaris'),
        ]),
      ],
    },
  },
  {
    id: 'medewerker-veehouderij',
    beroep: 'Medewerker veehouderij',
    aliases: ['Veehouderij', 'Dierhouderij', 'Veehouder', 'Melkveehouder', 'Agrarisch medewerker'],
    sector: 'agrarisch-voedsel-natuur',
    opleidingShort: 'mbo Dierhouderij',
    opleiding: { text: 'mbo-opleiding in de dierhouderij (opleiding niet in de bron genoemd)', source: KOERS_EDITORS },
    prospect: 4,
    signal: { text: 'Minder banen, maar toch knelpunten: te weinig jongeren met een agrarisch diploma.', source: ROA_2028 },
    explanation: 'Er komen minder banen, maar er zijn nog minder jongeren die dit werk kunnen.',
    conditions: {
      werktijden: { text: 'Je werktijden volgen de dieren: melktijden zijn vroeg en laat.', source: BOERDERIJ },
      diensten: { text: 'Ja: veehouders horen bij wie het vaakst buiten kantoortijden werkt.', source: CBS_KANTOOR },
      fysiek: { text: 'Zwaar werk.', source: BOERDERIJ },
      team: { text: 'Je werkt op een boerderij, vaak met een klein team of alleen met de boer.', source: KOERS_EDITORS },
    },
    day: {
      intro: 'Je werkt op een melkveebedrijf met 120 koeien.',
      moments: [
        m('melken', '05:30', 'De wekker gaat. De koeien moeten gemolken worden.', [
          c('opstaan', 'Meteen naar de stal', 'De koeien wachten niet: je werktijden volgen de dieren.', 'werktijden'),
          c('boer', 'Eerst overleggen met de boer', 'Jullie zijn maar met z\'n tweeën vandaag.', 'team'),
        ]),
        m('stal', '10:00', 'De stal moet uitgemest en er komt nieuw stro.', [
          c('kruiwagen', 'Aan de slag met kruiwagen en riek', 'Je voelt het in je armen: het is zwaar werk.', 'fysiek'),
          c('kalf', 'Eerst naar het pasgeboren kalf kijken', 'Het kalf drinkt goed. Het stro moet daarna nog steeds.', 'fysiek'),
        ]),
        m('avond', '17:00', 'Het is vijf uur: nog een keer melken.', [
          c('weekend', 'Vragen of je zondag vrij bent', 'Ook in het weekend moeten de koeien gemolken worden.', 'diensten'),
          c('toekomst', 'Vragen of er genoeg werk blijft', 'Er komen minder banen, maar nog minder jongeren die dit kunnen.', 'vooruitzicht'),
        ]),
      ],
    },
  },
  {
    id: 'administratief-medewerker',
    beroep: 'Administratief medewerker',
    aliases: ['Administratie', 'Secretarieel medewerker', 'Bedrijfsadministratie'],
    sector: 'economie-handel',
    opleidingShort: 'mbo Administratief medewerker',
    opleiding: { text: 'mbo-opleiding (niveau niet in de bron genoemd)', source: src('UWV sectoronderzoek administratieve beroepen (via Flexnieuws)', 2015, 'https://www.flexnieuws.nl/2015/03/uwv-automatisering-treft-administratieve-banen/') },
    prospect: 2,
    signal: { text: 'Minder kansrijk: routinewerk verdwijnt door automatisering (regionaal bericht).', source: UWV_ADMIN },
    explanation: 'Computers nemen steeds meer eenvoudig kantoorwerk over.',
    conditions: {
      werktijden: { text: 'Meestal binnen kantoortijden.', source: CBS_KANTOOR },
      diensten: { text: 'Meestal niet: hooguit 10 % werkt vaak buiten kantoortijden.', source: CBS_KANTOOR },
      werkdruk: { text: 'Routinematig administratief werk verdwijnt door automatisering.', source: src('UWV factsheet administratieve beroepen (via Flexnieuws)', 2017, 'https://www.flexnieuws.nl/nieuws/uwv-daling-administratieve-beroepen-automatisering/') },
      team: { text: 'Je werkt op een kantoor, vaak op een afdeling met een paar collega\'s.', source: KOERS_EDITORS },
    },
    day: null,
  },
  {
    id: 'grafisch-vormgever',
    beroep: 'Grafisch vormgever / mediavormgever',
    aliases: ['Grafisch vormgever', 'Mediavormgever', 'Mediavormgeving', 'Vormgever'],
    sector: 'media-creatief',
    opleidingShort: 'mbo Mediavormgever',
    opleiding: { text: 'creatieve mbo-opleiding Mediavormgever', source: src('NOS over advies Commissie Macrodoelmatigheid MBO', 2018, 'https://nos.nl/artikel/2227583-advies-stop-met-opleiding-tot-artiest-of-desktoppublisher.html') },
    prospect: 2,
    signal: { text: 'Ongunstig: kansen van gediplomeerden van creatieve mbo-opleidingen zijn matig tot onvoldoende.', source: CMMBO },
    explanation: 'Leuk werk, maar weinig banen voor starters; veel vormgevers werken als zzp\'er.',
    conditions: {
      werkdruk: { text: 'Veel zzp\'ers, weinig stageplekken en bijna geen startersbanen.', source: src('BNO, Iedereen eenpitter', 2020, 'https://www.bno.nl/blog/artikelen-10/iedereen-eenpitter-478') },
      team: { text: 'Veel vormgevers werken alleen voor verschillende opdrachtgevers.', source: KOERS_EDITORS },
    },
    day: null,
  },
];

// ---------------------------------------------------------------------------------------------
// Building content from module settings
// ---------------------------------------------------------------------------------------------

/** Items used when the decaan chose none (or too few that Koers knows). */
export const DEFAULT_GAME_ITEMS: Readonly<Record<GameKind, readonly string[]>> = {
  'kans-of-geen-kans': ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Software developer', 'Kok', 'Administratief medewerker', 'Grafisch vormgever / mediavormgever'],
  'een-dag-als': ['Verpleegkundige', 'Verzorgende IG', 'Timmerman', 'Kok', 'Politieagent', 'Logistiek medewerker'],
  match: ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Onderwijsassistent', 'Software developer', 'Kok', 'Medewerker veehouderij'],
};

/** Fewest and most items per game (2–5 minutes of play). */
export const GAME_ITEM_LIMITS: Readonly<Record<GameKind, { readonly min: number; readonly max: number }>> = {
  'kans-of-geen-kans': { min: 4, max: 8 },
  'een-dag-als': { min: 1, max: 6 },
  match: { min: 4, max: 6 },
};

export const MATCH_TIME_LIMIT_SECONDS = 90;

const TOPIC_QUIZ_PHRASE: Readonly<Partial<Record<ConditionTopic, string>>> = {
  werktijden: 'de werktijden',
  salaris: 'het startsalaris',
  diensten: 'avond-, nacht- en weekendwerk',
};
const QUIZ_TOPICS: readonly ConditionTopic[] = ['werktijden', 'salaris', 'diensten'];
const QUIZ_LENGTH = 2;

const normalise = (label: string): string =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The catalogue entry a free label refers to (beroep name or alias, case and accents ignored). */
export function findCatalogueBeroep(label: string): CatalogueBeroep | null {
  const wanted = normalise(label);
  if (!wanted) return null;
  return GAME_CATALOGUE.find((entry) => normalise(entry.beroep) === wanted || entry.aliases.some((alias) => normalise(alias) === wanted)) ?? null;
}

const usable = (kind: GameKind, entry: CatalogueBeroep): boolean => kind !== 'een-dag-als' || entry.day !== null;

/** The labels a decaan can pick for a game kind (module editor), in catalogue order. */
export function gameItemOptions(kind: GameKind): string[] {
  return GAME_CATALOGUE.filter((entry) => usable(kind, entry)).map((entry) => entry.beroep);
}

/** Chosen labels → catalogue entries: unknown skipped, duplicates once, padded with defaults, capped at the maximum. */
export function selectCatalogueItems(kind: GameKind, items: readonly string[]): CatalogueBeroep[] {
  const { min, max } = GAME_ITEM_LIMITS[kind];
  const chosen: CatalogueBeroep[] = [];
  const add = (label: string): void => {
    const entry = findCatalogueBeroep(label);
    if (entry && usable(kind, entry) && !chosen.includes(entry) && chosen.length < max) chosen.push(entry);
  };
  items.forEach(add);
  // Nothing usable chosen: the whole default set. Too few chosen: padded with defaults up to the minimum.
  const target = chosen.length === 0 ? max : min;
  DEFAULT_GAME_ITEMS[kind].forEach((label) => chosen.length < target && add(label));
  if (chosen.length < min) GAME_CATALOGUE.forEach((entry) => chosen.length < min && add(entry.beroep));
  return chosen;
}

/** Every topic once in CONDITION_TOPICS order; unknown ones say "onbekend" with no source. */
export function workingConditions(entry: CatalogueBeroep): WorkingCondition[] {
  return CONDITION_TOPICS.map((topic): WorkingCondition => {
    if (topic === 'vooruitzicht') return { topic, text: entry.signal.text, source: entry.signal.source };
    const known = entry.conditions[topic];
    return known ? { topic, text: known.text, source: known.source } : { topic, text: 'Onbekend: we vonden geen betrouwbare bron.', source: null };
  });
}

const firstWord = (text: string): string => normalise(text).split(' ')[0] ?? '';
/** A fact fit for a quiz: known, from a published source, and a real value (not "Bedrag onbekend"). */
const quizzable = (fact: SourcedText | undefined): fact is SourcedText => !!fact && !fact.source.illustrative && !/^bedrag onbekend/i.test(fact.text);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Up to two questions about facts of this beroep, with the same facts of other beroepen as distractors. */
export function buildQuiz(entry: CatalogueBeroep): QuizQuestion[] {
  const quiz: QuizQuestion[] = [];
  const others = GAME_CATALOGUE.slice(GAME_CATALOGUE.indexOf(entry) + 1).concat(GAME_CATALOGUE.slice(0, GAME_CATALOGUE.indexOf(entry)));
  for (const topic of QUIZ_TOPICS) {
    if (quiz.length === QUIZ_LENGTH) break;
    const fact = entry.conditions[topic];
    if (!quizzable(fact)) continue;
    const distractors = others
      .map((other) => other.conditions[topic])
      .filter((other): other is SourcedText => quizzable(other) && firstWord(other.text) !== firstWord(fact.text))
      .map((other) => other.text)
      .filter((text, index, all) => all.indexOf(text) === index)
      .slice(0, 2);
    if (distractors.length < 1) continue;
    const position = (GAME_CATALOGUE.indexOf(entry) + quiz.length) % (distractors.length + 1);
    const options = [...distractors];
    options.splice(position, 0, fact.text);
    quiz.push({
      id: `${entry.id}-quiz-${topic}`,
      question: `Wat klopt over ${TOPIC_QUIZ_PHRASE[topic]} van een ${lowerFirst(entry.beroep)}?`,
      options,
      correctIndex: position,
      source: fact.source,
    });
  }
  return quiz;
}

function kansQuestion(entry: CatalogueBeroep): KansQuestion {
  return {
    id: entry.id,
    beroep: entry.beroep,
    opleiding: entry.opleiding,
    sector: entry.sector,
    prospect: entry.prospect,
    prospectSource: prospectSource(entry.signal.source),
    signal: entry.signal,
    explanation: entry.explanation,
  };
}

function dayInTheLife(entry: CatalogueBeroep & { readonly day: DayScript }): DayInTheLife {
  return {
    id: entry.id,
    beroep: entry.beroep,
    sector: entry.sector,
    opleiding: entry.opleiding,
    intro: entry.day.intro,
    moments: entry.day.moments.map((moment) => ({ ...moment, id: `${entry.id}-${moment.id}` })),
    conditions: workingConditions(entry),
    quiz: buildQuiz(entry),
  };
}

function matchPair(entry: CatalogueBeroep): MatchPair {
  return { id: entry.id, beroep: entry.beroep, opleiding: entry.opleidingShort, sector: entry.sector, fact: entry.signal, opleidingSource: entry.opleiding.source };
}

/**
 * The content a game module plays, from its settings: the items the decaan chose (unknown labels
 * skipped), padded with a default set when too few remain. Pure and deterministic.
 */
export function buildGameContent(settings: GameSettings): GameContent {
  const entries = selectCatalogueItems(settings.kind, settings.items);
  switch (settings.kind) {
    case 'kans-of-geen-kans':
      return { kind: 'kans-of-geen-kans', successThreshold: 0.6, tolerance: 1, questions: entries.map(kansQuestion) };
    case 'een-dag-als':
      return {
        kind: 'een-dag-als',
        successThreshold: 0.5,
        days: entries.filter((entry): entry is CatalogueBeroep & { readonly day: DayScript } => entry.day !== null).map(dayInTheLife),
      };
    case 'match':
      return { kind: 'match', successThreshold: 0.7, timeLimitSeconds: MATCH_TIME_LIMIT_SECONDS, pairs: entries.map(matchPair) };
  }
}
