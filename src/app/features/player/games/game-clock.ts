import { InjectionToken } from '@angular/core';

/** Milliseconds "now" for game timing; tests provide a fake to control durations and the match clock. */
export const GAME_NOW = new InjectionToken<() => number>('GAME_NOW', { providedIn: 'root', factory: () => () => Date.now() });

/** Whole seconds between two `GAME_NOW` readings (never negative). */
export function elapsedSeconds(startedAt: number, now: number): number {
  return Math.max(0, Math.round((now - startedAt) / 1000));
}

/** `success` for a score: the share of scoreMax reaches the threshold (an empty game is no success). */
export function reachesThreshold(scoreRaw: number, scoreMax: number, threshold: number): boolean {
  return scoreMax > 0 && scoreRaw / scoreMax >= threshold - 1e-9;
}
