import type { KansOfGeenKansContent, ProspectScore } from '@koers/contracts';
import { reachesThreshold } from '../game-clock';

export type GuessFeedback = 'exact' | 'close' | 'off';

/** How a guess compares with the real score: exact, within the tolerance (close), or off. */
export function guessFeedback(guess: ProspectScore, real: ProspectScore, tolerance: number): GuessFeedback {
  const distance = Math.abs(guess - real);
  if (distance === 0) return 'exact';
  return distance <= tolerance ? 'close' : 'off';
}

/** Points per guess: exact 2, close (within the tolerance) 1, off 0 — so always guessing the middle does not pay. */
export const KANS_POINTS: Readonly<Record<GuessFeedback, number>> = { exact: 2, close: 1, off: 0 };

export function kansScore(content: KansOfGeenKansContent, guesses: readonly (ProspectScore | null)[]) {
  const scoreMax = content.questions.length * KANS_POINTS.exact;
  const scoreRaw = content.questions.reduce((sum, question, index) => {
    const guess = guesses[index];
    return guess == null ? sum : sum + KANS_POINTS[guessFeedback(guess, question.prospect, content.tolerance)];
  }, 0);
  return { scoreRaw, scoreMax, success: reachesThreshold(scoreRaw, scoreMax, content.successThreshold) };
}

export type KansPhase = 'intro' | 'guess' | 'reveal' | 'done';

export interface KansState {
  readonly phase: KansPhase;
  readonly index: number;
  readonly guesses: readonly (ProspectScore | null)[];
}

export const initialKansState = (content: KansOfGeenKansContent): KansState => ({
  phase: 'intro',
  index: 0,
  guesses: content.questions.map(() => null),
});

/** intro → guess (first question). */
export const startKans = (state: KansState): KansState => (state.phase === 'intro' ? { ...state, phase: 'guess' } : state);

/** guess → reveal, remembering the guess; ignored in any other phase (no double answers). */
export function guessKans(state: KansState, guess: ProspectScore): KansState {
  if (state.phase !== 'guess') return state;
  const guesses = state.guesses.map((value, index) => (index === state.index ? guess : value));
  return { ...state, phase: 'reveal', guesses };
}

/** reveal → next question, or done after the last one. */
export function nextKans(state: KansState): KansState {
  if (state.phase !== 'reveal') return state;
  const last = state.index >= state.guesses.length - 1;
  return last ? { ...state, phase: 'done' } : { ...state, phase: 'guess', index: state.index + 1 };
}
