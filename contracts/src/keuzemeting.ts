import type { Sector } from './modules';

/**
 * Keuzemeting (choice measurement), agreed by the player (issue 5) and the choice-shift issue (6).
 * A student names up to three options in order — an opleiding, a sector, or "weet ik nog niet" —
 * with a certainty of 1..5 and an optional reason. The player sends it as one xAPI statement
 * (verb `responded`, object type `keuzemeting`, payload in result.extensions[KOERS_EXT.keuzemeting]);
 * ingestion stores it in its own table as well.
 */

export type KeuzemetingMoment = 'voor' | 'na';

export type KeuzemetingChoice =
  | {
      readonly kind: 'opleiding';
      /** Catalogue id when the student picked one from the search (issue 6); null for free text. */
      readonly opleidingId: string | null;
      readonly label: string; // 2..120
      readonly sector: Sector | null;
    }
  | { readonly kind: 'sector'; readonly sector: Sector }
  | { readonly kind: 'weet-niet' };

export interface Keuzemeting {
  /** 1..3 in order of preference; 'weet-niet' only on its own. No duplicates. */
  readonly choices: readonly KeuzemetingChoice[];
  /** 1 = heel onzeker … 5 = heel zeker. */
  readonly certainty: 1 | 2 | 3 | 4 | 5;
  readonly reason: string; // 0..500
}

export const KEUZEMETING_MAX_CHOICES = 3;
export const KEUZEMETING_REASON_MAX = 500;

/** Field-level problems (JSON pointer → message key); empty when valid. Pure; used by SPA and server. */
export function keuzemetingProblems(value: unknown): { readonly field: string; readonly code: string }[] {
  const problems: { field: string; code: string }[] = [];
  if (typeof value !== 'object' || value === null) return [{ field: '', code: 'not_an_object' }];
  const meting = value as Partial<Keuzemeting>;
  const choices = meting.choices;
  if (!Array.isArray(choices) || choices.length < 1 || choices.length > KEUZEMETING_MAX_CHOICES) {
    problems.push({ field: '/choices', code: 'choices_count' });
  } else {
    const seen = new Set<string>();
    choices.forEach((choice: unknown, index) => {
      const key = choiceKey(choice);
      if (key === null) problems.push({ field: `/choices/${index}`, code: 'invalid_choice' });
      else if (seen.has(key)) problems.push({ field: `/choices/${index}`, code: 'duplicate_choice' });
      else seen.add(key);
    });
    if (seen.has('weet-niet') && choices.length > 1) problems.push({ field: '/choices', code: 'weet_niet_alone' });
  }
  if (!Number.isInteger(meting.certainty) || (meting.certainty as number) < 1 || (meting.certainty as number) > 5) {
    problems.push({ field: '/certainty', code: 'certainty_range' });
  }
  if (typeof meting.reason !== 'string' || meting.reason.length > KEUZEMETING_REASON_MAX) {
    problems.push({ field: '/reason', code: 'reason_length' });
  }
  return problems;
}

const SECTOR_KEY = /^[a-z-]{2,40}$/;

/** A stable key for duplicate detection, or null when the choice is malformed. */
export function choiceKey(choice: unknown): string | null {
  if (typeof choice !== 'object' || choice === null) return null;
  const c = choice as Record<string, unknown>;
  switch (c['kind']) {
    case 'weet-niet':
      return 'weet-niet';
    case 'sector':
      return typeof c['sector'] === 'string' && SECTOR_KEY.test(c['sector']) ? `sector:${c['sector']}` : null;
    case 'opleiding': {
      const label = c['label'];
      if (typeof label !== 'string' || label.trim().length < 2 || label.length > 120) return null;
      if (c['opleidingId'] !== null && typeof c['opleidingId'] !== 'string') return null;
      if (c['sector'] !== null && (typeof c['sector'] !== 'string' || !SECTOR_KEY.test(c['sector']))) return null;
      return c['opleidingId'] ? `opleiding:${c['opleidingId']}` : `label:${label.trim().toLowerCase()}`;
    }
    default:
      return null;
  }
}
