/**
 * Sample size for detecting a change in the share kansrijk with a paired (before/after) design.
 */
import { normalQuantile } from './distributions';
import { assertOpenUnit, assertProbability } from './validation';

/**
 * The assumed population proportions of the two kinds of change:
 * p10 = P(kansrijk before, not after) (moving away) and p01 = P(not before, kansrijk after)
 * (moving to). Or, equivalently, pDiscordant = p10 + p01 and difference = p01 − p10 (the change
 * in the share kansrijk; its sign does not matter for the two-sided test).
 */
export type SampleSizeEffect =
  | { readonly p10: number; readonly p01: number }
  | { readonly pDiscordant: number; readonly difference: number };

/** Input of {@link requiredSampleSize}: an effect plus two-sided α (default 0.05) and power (0.8). */
export type SampleSizeInput = SampleSizeEffect & { readonly alpha?: number; readonly power?: number };

/** Result of {@link requiredSampleSize}. */
export interface SampleSizeResult {
  /** Number of students with both measurements needed (rounded up). */
  readonly n: number;
  /** The formula's value before rounding up. */
  readonly nUnrounded: number;
  /** p10 + p01. */
  readonly pDiscordant: number;
  /** p01 − p10: the change in the share kansrijk the study is powered to detect. */
  readonly difference: number;
}

function effectOf(input: SampleSizeEffect): { pDiscordant: number; difference: number } {
  if ('p10' in input) {
    assertProbability(input.p10, 'p10');
    assertProbability(input.p01, 'p01');
    return { pDiscordant: input.p10 + input.p01, difference: input.p01 - input.p10 };
  }
  return { pDiscordant: input.pDiscordant, difference: input.difference };
}

/**
 * Number of pairs needed for a two-sided McNemar test at level α to have the given power:
 *
 *   n = ( z_{1−α/2}·√ψ + z_{1−β}·√(ψ − δ²) )² / δ²,    ψ = p10 + p01,  δ = p01 − p10.
 *
 * Source: R. J. Connor (1987), "Sample size for testing differences in proportions for the
 * paired-sample design", Biometrics 43(1):207–211 (the formula on p. 209). It is based on the
 * normal approximation to the McNemar test; for an exact or mid-p test the real power is a
 * little lower. Throws a RangeError when there is no change to detect (δ = 0), when |δ| > ψ,
 * when ψ > 1, or when α or power are not strictly between 0 and 1.
 */
export function requiredSampleSize(input: SampleSizeInput): SampleSizeResult {
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  assertOpenUnit(alpha, 'alpha');
  assertOpenUnit(power, 'power');
  const { pDiscordant, difference } = effectOf(input);
  if (!Number.isFinite(pDiscordant) || pDiscordant <= 0 || pDiscordant > 1) {
    throw new RangeError(`the discordant proportion must be in (0, 1], got ${String(pDiscordant)}`);
  }
  if (!Number.isFinite(difference) || difference === 0 || Math.abs(difference) > pDiscordant) {
    throw new RangeError(
      `the difference must be non-zero and at most the discordant proportion, got ${String(difference)}`,
    );
  }
  const zAlpha = -normalQuantile(alpha / 2);
  const zBeta = normalQuantile(power);
  const root = zAlpha * Math.sqrt(pDiscordant) + zBeta * Math.sqrt(pDiscordant - difference ** 2);
  const nUnrounded = root ** 2 / difference ** 2;
  // Guard against a value such as 22.000000000000004 being rounded up to 23.
  const n = Math.ceil(nUnrounded - 1e-9);
  return { n, nUnrounded, pDiscordant, difference };
}
