/** The choice-shift card's numbers are written by shared/format/numbers; the flows for its Sankey chart are built here. */
export { formatInterval, formatNumber, formatP, formatPercent, formatPercentInterval, formatPoints, formatSigned } from '../../../shared/format/numbers';

/** Flows smaller than this are merged into one "overig" band (they are suppressed in the matrix anyway). */
export const MIN_SHOWN_FLOW = 5;

/**
 * The transition matrix as flows for the Sankey chart: every cell of 5 or more as its own band
 * (labels from `labelOf`), and everything else — cells under 5 and hidden cells — as one band
 * from "overig" to "overig" whose size is what the shown bands leave of `nPaired`. That total is
 * the sum of at least two hidden cells (secondary suppression), so it reveals none of them.
 */
export function transitionFlows(
  transitions: { readonly categories: readonly string[]; readonly cells: readonly (readonly (number | string)[])[] },
  nPaired: number,
  labelOf: (category: string) => string,
  other: string,
): { from: string; to: string; count: number }[] {
  const flows: { from: string; to: string; count: number }[] = [];
  transitions.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (typeof cell === 'number' && cell >= MIN_SHOWN_FLOW) flows.push({ from: labelOf(transitions.categories[i] ?? ''), to: labelOf(transitions.categories[j] ?? ''), count: cell });
    }),
  );
  const rest = nPaired - flows.reduce((sum, flow) => sum + flow.count, 0);
  if (rest > 0) flows.push({ from: other, to: other, count: rest });
  return flows;
}
