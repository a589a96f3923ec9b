/**
 * Scoring a keuzemeting choice as of a moment (pure). Indicators are kept with the time they were
 * recorded and superseded, and rule versions with the time they took effect, so "the snapshot
 * current at the voor-measurement" is a lookup, not a copy: the same inputs give the same score
 * forever, whatever was imported later. docs/catalogue/sectoren.md explains the precedence.
 */
import {
  DEFAULT_KANSRIJK_RULE,
  ONBEKEND,
  WEET_NIET,
  LANDELIJK,
  type KeuzemetingChoice,
  type OpleidingType,
  type ProspectScore,
  type ProspectStatus,
  type ScoredMeasurement,
  type Sector,
} from '@koers/contracts';

export interface IndicatorFact {
  readonly id: string;
  readonly scope: 'opleiding' | 'sector';
  readonly opleidingId: string | null;
  readonly sector: Sector;
  readonly level: string;
  readonly score: ProspectScore;
  readonly status: ProspectStatus;
  readonly year: number;
  readonly period: string | null;
  readonly region: string;
  readonly recordedAt: Date;
  readonly supersededAt: Date | null;
}

export interface RuleFact {
  readonly version: number;
  readonly minScore: number;
  readonly changedAt: Date;
}

export interface OpleidingFact {
  readonly id: string;
  readonly type: OpleidingType;
  readonly sector: Sector;
}

export interface ScoringContext {
  readonly indicators: readonly IndicatorFact[];
  readonly rules: readonly RuleFact[];
  readonly opleidingen: ReadonlyMap<string, OpleidingFact>;
  /** The school's arbeidsmarktregio; regional values of other regions never apply. */
  readonly schoolRegion: string | null;
}

/** Last year a forecast period speaks about ("2025-2030" → 2030, "tot 2030" → 2030); null when none. */
export function periodEndYear(period: string | null): number | null {
  const years = period?.match(/\b(19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : null;
}

/** "Verouderd": the forecast period ended before the year of `asOf`. Such values are shown, never used for scoring. */
export function isOutdated(period: string | null, asOf: Date): boolean {
  const end = periodEndYear(period);
  return end !== null && end < asOf.getUTCFullYear();
}

/** The kansrijk rule in force at `asOf`: the newest version that took effect by then, else built-in version 1. */
export function ruleAt(rules: readonly RuleFact[], asOf: Date): { version: number; minScore: number } {
  let current: { version: number; minScore: number } = { version: DEFAULT_KANSRIJK_RULE.version, minScore: DEFAULT_KANSRIJK_RULE.minScore };
  for (const rule of rules) {
    if (rule.changedAt.getTime() <= asOf.getTime() && rule.version > current.version) current = { version: rule.version, minScore: rule.minScore };
  }
  return current;
}

const STATUS_RANK: Readonly<Record<ProspectStatus, number>> = { geimporteerd: 0, handmatig: 1, illustratief: 2 };

/**
 * The indicator that applies, by precedence: (1) values from real sources before illustrative ones;
 * (2) a value for the opleiding itself before one for its sector; (3) imported before entered by
 * hand; (4) the exact level (mbo/hbo/wo) before 'alle'; (5) the school's region before landelijk;
 * (6) the newest data year; (7) the most recently recorded. Only values current at `asOf` and not
 * verouderd at `asOf` take part.
 */
export function applicableIndicator(
  context: ScoringContext,
  target: { readonly opleidingId: string | null; readonly sector: Sector; readonly level: OpleidingType | 'alle' },
  asOf: Date,
): IndicatorFact | null {
  const t = asOf.getTime();
  const candidates = context.indicators.filter(
    (row) =>
      row.recordedAt.getTime() <= t &&
      (row.supersededAt === null || row.supersededAt.getTime() > t) &&
      !isOutdated(row.period, asOf) &&
      (row.region === LANDELIJK || row.region === context.schoolRegion) &&
      (row.scope === 'opleiding' ? target.opleidingId !== null && row.opleidingId === target.opleidingId : row.sector === target.sector) &&
      (row.scope === 'opleiding' || target.level === 'alle' || row.level === 'alle' || row.level === target.level),
  );
  const key = (row: IndicatorFact) => [
    row.status === 'illustratief' ? 1 : 0,
    row.scope === 'opleiding' ? 0 : 1,
    STATUS_RANK[row.status],
    row.level === target.level ? 0 : 1,
    row.region === LANDELIJK ? 1 : 0,
    -row.year,
    -row.recordedAt.getTime(),
  ];
  let best: IndicatorFact | null = null;
  let bestKey: number[] = [];
  for (const row of candidates) {
    const k = key(row);
    if (!best || compareKeys(k, bestKey) < 0) [best, bestKey] = [row, k];
  }
  return best;
}

function compareKeys(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return 0;
}

/** The first choice of a keuzemeting, scored as of `asOf` with the given rule. */
export function scoreFirstChoice(
  context: ScoringContext,
  choice: KeuzemetingChoice | undefined,
  certainty: number,
  asOf: Date,
  rule: { readonly minScore: number },
): ScoredMeasurement & { readonly indicatorId: string | null } {
  const unscored = (category: string) => ({ category, score: null, kansrijk: false, certainty, basis: null, indicatorId: null });
  if (!choice || choice.kind === 'weet-niet') return unscored(WEET_NIET);
  let target: { opleidingId: string | null; sector: Sector; level: OpleidingType | 'alle' };
  if (choice.kind === 'sector') target = { opleidingId: null, sector: choice.sector, level: 'alle' };
  else {
    const opleiding = choice.opleidingId ? context.opleidingen.get(choice.opleidingId) : undefined;
    if (opleiding) target = { opleidingId: opleiding.id, sector: opleiding.sector, level: opleiding.type };
    else if (choice.sector) target = { opleidingId: null, sector: choice.sector, level: 'alle' };
    else return unscored(ONBEKEND);
  }
  const indicator = applicableIndicator(context, target, asOf);
  if (!indicator) return { ...unscored(target.sector), category: target.sector };
  return { category: target.sector, score: indicator.score, kansrijk: indicator.score >= rule.minScore, certainty, basis: indicator.status, indicatorId: indicator.id };
}
