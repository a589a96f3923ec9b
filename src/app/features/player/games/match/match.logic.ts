import type { MatchContent, MatchPair } from '@koers/contracts';
import { reachesThreshold } from '../game-clock';

export type MatchSide = 'beroep' | 'opleiding';

export interface MatchSelection {
  readonly side: MatchSide;
  /** The pair id the selected card belongs to. */
  readonly pairId: string;
}

export interface MatchState {
  readonly selection: MatchSelection | null;
  /** Pair ids matched so far, in order. */
  readonly matched: readonly string[];
  readonly attempts: number;
  /** Beroepen (pair ids) that were wrongly matched at least once: they no longer score. */
  readonly missed: readonly string[];
}

export const initialMatchState: MatchState = { selection: null, matched: [], attempts: 0, missed: [] };

export type MatchStep =
  | { readonly kind: 'selected'; readonly state: MatchState }
  | { readonly kind: 'attempt'; readonly state: MatchState; readonly beroepId: string; readonly opleidingId: string; readonly correct: boolean }
  | { readonly kind: 'ignored'; readonly state: MatchState };

/**
 * A tap on a card. The first tap selects (either side); a tap on the same side moves the selection,
 * on the same card deselects it; a tap on the other side attempts the match. Matched cards are ignored.
 */
export function tapCard(state: MatchState, side: MatchSide, pairId: string): MatchStep {
  if (state.matched.includes(pairId)) return { kind: 'ignored', state };
  const selection = state.selection;
  if (!selection || selection.side === side) {
    const same = selection?.side === side && selection.pairId === pairId;
    return { kind: 'selected', state: { ...state, selection: same ? null : { side, pairId } } };
  }
  const beroepId = side === 'beroep' ? pairId : selection.pairId;
  const opleidingId = side === 'opleiding' ? pairId : selection.pairId;
  const correct = beroepId === opleidingId;
  return {
    kind: 'attempt',
    beroepId,
    opleidingId,
    correct,
    state: {
      selection: null,
      attempts: state.attempts + 1,
      matched: correct ? [...state.matched, beroepId] : state.matched,
      missed: correct || state.missed.includes(beroepId) ? state.missed : [...state.missed, beroepId],
    },
  };
}

export const allMatched = (content: MatchContent, state: MatchState): boolean => state.matched.length >= content.pairs.length;

/**
 * A point for every beroep matched right the first time: trying every opleiding until one fits
 * finds all pairs but scores nothing for them, so success means knowing, not guessing.
 */
export function matchScore(content: MatchContent, state: MatchState) {
  const scoreMax = content.pairs.length;
  const scoreRaw = state.matched.filter((pairId) => !state.missed.includes(pairId)).length;
  return { scoreRaw, scoreMax, success: reachesThreshold(scoreRaw, scoreMax, content.successThreshold) };
}

/** Seconds left on the clock (whole seconds, rounded up so "0" means really over). */
export function secondsLeft(limitSeconds: number, elapsedMs: number): number {
  return Math.max(0, Math.ceil(limitSeconds - elapsedMs / 1000));
}

const hash = (text: string): number => [...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);

/**
 * The opleidingen column: a stable shuffle (by a hash of the id) in which no opleiding sits
 * level with its own beroep, so the answer is never "straight across".
 */
export function opleidingOrder(pairs: readonly MatchPair[]): MatchPair[] {
  const order = [...pairs].sort((a, b) => hash(a.id) - hash(b.id) || a.id.localeCompare(b.id));
  if (pairs.length < 2) return order;
  const n = order.length;
  for (let index = 0; index < n; index++) {
    if (order[index].id !== pairs[index].id) continue;
    const next = (index + 1) % n;
    [order[index], order[next]] = [order[next], order[index]];
  }
  return order;
}
