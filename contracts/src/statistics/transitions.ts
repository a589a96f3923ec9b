/**
 * Sector-to-sector transitions between the before and after measurement (for the flow chart
 * and its accessible data table).
 */

/** Category key for "weet ik nog niet" (undecided); always sorted last. */
export const UNDECIDED = 'weet-ik-nog-niet';

/** One student's category (e.g. sector key) before and after. */
export interface CategoryPair {
  readonly before: string;
  readonly after: string;
}

/** Cross-tabulation of before (rows) × after (columns). */
export interface TransitionMatrix {
  /** Row and column labels, in order: sorted by code unit, {@link UNDECIDED} last. */
  readonly categories: string[];
  /** counts[i][j] = number of students in categories[i] before and categories[j] after. */
  readonly counts: number[][];
  /** Row sums: how many students were in each category before. */
  readonly rowTotals: number[];
  /** Column sums: how many students were in each category after. */
  readonly colTotals: number[];
  /** Number of pairs. */
  readonly total: number;
}

/**
 * Stable category order: plain code-unit order (independent of locale), with
 * {@link UNDECIDED} last.
 */
export function compareCategories(x: string, y: string): number {
  if (x === y) return 0;
  if (x === UNDECIDED) return 1;
  if (y === UNDECIDED) return -1;
  return x < y ? -1 : 1;
}

/**
 * Builds the before × after transition matrix (a plain contingency table; no estimation).
 * `categories` optionally lists categories to include even when no student is in them (e.g. all
 * sectors, so tables of different groups line up); categories seen in `pairs` are always
 * included. Empty category keys are rejected.
 */
export function transitionMatrix(
  pairs: readonly CategoryPair[],
  categories: readonly string[] = [],
): TransitionMatrix {
  const seen = new Set<string>(categories);
  for (const { before, after } of pairs) {
    seen.add(before);
    seen.add(after);
  }
  for (const key of seen) {
    if (typeof key !== 'string' || key.length === 0) throw new RangeError('category keys must be non-empty strings');
  }
  const ordered = [...seen].sort(compareCategories);
  const index = new Map(ordered.map((key, i) => [key, i] as const));
  const counts = ordered.map(() => new Array<number>(ordered.length).fill(0));
  for (const { before, after } of pairs) {
    const row = counts[index.get(before) as number] as number[];
    const col = index.get(after) as number;
    row[col] = (row[col] as number) + 1;
  }
  const rowTotals = counts.map((row) => row.reduce((sum, x) => sum + x, 0));
  const colTotals = ordered.map((_, j) => counts.reduce((sum, row) => sum + (row[j] as number), 0));
  return { categories: ordered, counts, rowTotals, colTotals, total: pairs.length };
}
