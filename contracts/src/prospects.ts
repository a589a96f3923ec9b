import type { ProspectScore } from './games';

/**
 * Prospect indicators and the one prospect score 1–5 they map to (issue 6). Pure; the import
 * (server) and the SPA share it. The mapping is documented here and shown to the decaan; a
 * qualitative text a source gives in words ("tekorten verwacht") is NOT mapped by these functions:
 * such a row needs a score entered by hand with status "handmatig" (see ../shared/data/README.md:
 * no conversion of qualitative values into ROA-like categories).
 */

export const PROSPECT_FORMATS = ['sbb-kans-op-werk', 'sbb-kans-op-stage', 'roa-typering', 'numeriek'] as const;
export type ProspectFormat = (typeof PROSPECT_FORMATS)[number];

/** Where a value came from (shown next to it everywhere). */
export const PROSPECT_STATUSES = ['geimporteerd', 'handmatig', 'illustratief'] as const;
export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

/**
 * ROA's five typeringen of the labour-market prospects per opleiding ("De arbeidsmarkt naar
 * opleiding en beroep", ROA): zeer goed, goed, redelijk, matig, slecht → 5 … 1, one to one.
 */
export const ROA_TYPERINGEN: Readonly<Record<string, ProspectScore>> = {
  'zeer goed': 5,
  goed: 4,
  redelijk: 3,
  matig: 2,
  slecht: 1,
};

/**
 * SBB-style "kans op werk" / "kans op stage" in five levels as KiesMBO shows them, best first →
 * 5 … 1. Spelling variants with and without "kans" are accepted.
 */
export const SBB_NIVEAUS: Readonly<Record<string, ProspectScore>> = {
  goed: 5,
  voldoende: 4,
  matig: 3,
  beperkt: 2,
  'zeer beperkt': 1,
  geen: 1,
};

export interface NumericScale {
  /** Value that scores 1 (or 5 when `higherIsBetter` is false). */
  readonly min: number;
  /** Value that scores 5 (or 1). */
  readonly max: number;
  readonly higherIsBetter: boolean;
}

export type ProspectMapping = { readonly ok: true; readonly score: ProspectScore } | { readonly ok: false; readonly reason: 'unknown_label' | 'not_a_number' | 'out_of_range' | 'bad_scale' };

const normalise = (label: string) =>
  label
    .trim()
    .toLowerCase()
    .replace(/^kans(\s+op\s+(werk|stage))?\s*[:=-]?\s*/, '')
    .replace(/\s+/g, ' ');

/**
 * One source value → prospect score. Numeric values split the scale [min, max] into five equal
 * bands (the maximum itself in the top band); values outside it are refused, not clamped, so a
 * wrong scale shows up in the import report.
 */
export function prospectScore(format: ProspectFormat, value: string, scale?: NumericScale): ProspectMapping {
  switch (format) {
    case 'roa-typering': {
      const score = ROA_TYPERINGEN[normalise(value)];
      return score ? { ok: true, score } : { ok: false, reason: 'unknown_label' };
    }
    case 'sbb-kans-op-werk':
    case 'sbb-kans-op-stage': {
      const score = SBB_NIVEAUS[normalise(value)];
      return score ? { ok: true, score } : { ok: false, reason: 'unknown_label' };
    }
    case 'numeriek': {
      if (!scale || !Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) return { ok: false, reason: 'bad_scale' };
      const text = value.trim().replace(/\s/g, '');
      // Dutch decimal comma ("3,7") as well as a point; no thousands separators.
      if (!/^-?\d+([.,]\d+)?$/.test(text)) return { ok: false, reason: 'not_a_number' };
      const number = Number(text.replace(',', '.'));
      if (number < scale.min || number > scale.max) return { ok: false, reason: 'out_of_range' };
      const position = (number - scale.min) / (scale.max - scale.min);
      const band = Math.min(4, Math.floor(position * 5));
      return { ok: true, score: (scale.higherIsBetter ? band + 1 : 5 - band) as ProspectScore };
    }
  }
}

/** The kansrijk rule, versioned; every pre/post pair is scored with the version current at the pre-measurement. */
export interface KansrijkRule {
  readonly version: number;
  /** Kansrijk when the prospect score is at least this (default 4). */
  readonly minScore: ProspectScore;
}

export const DEFAULT_KANSRIJK_RULE: KansrijkRule = { version: 1, minScore: 4 };

export const isKansrijk = (score: ProspectScore | null, rule: KansrijkRule = DEFAULT_KANSRIJK_RULE): boolean => score !== null && score >= rule.minScore;
