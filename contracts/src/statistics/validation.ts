/**
 * Input checks shared by the statistics functions. Every public function validates its input and
 * throws a `RangeError` naming the argument, so a bad value never turns silently into `NaN`.
 */

/** Throws unless `value` is a non-negative safe integer (a count). */
export function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
}

/** Throws unless `value` is a finite number strictly between 0 and 1. */
export function assertOpenUnit(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new RangeError(`${name} must be strictly between 0 and 1, got ${String(value)}`);
  }
}

/** Throws unless `value` is a finite number in the closed interval [0, 1]. */
export function assertProbability(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be between 0 and 1, got ${String(value)}`);
  }
}
