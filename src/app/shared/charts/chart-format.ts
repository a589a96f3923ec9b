import type { Language } from '../../core/i18n/dictionary';
import { formatPercent } from '../format/numbers';

/** A share (0–1), clamped, as a whole percentage: 0.8 → "80 %" (Dutch, with a no-break space) / "80%" (English). */
export function formatShare(share: number, language: Language): string {
  return formatPercent(clampShare(share), language);
}

/** count of total as a share; 0 when there is no total. */
export function shareOf(count: number, total: number): number {
  return total > 0 ? clampShare(count / total) : 0;
}

export function clampShare(share: number): number {
  return Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
}

/** Join names as people say them: "a", "a en b", "a, b en c" (Dutch) / "a and b" (English). */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'en'} ${last}`;
}

let nextId = 0;
/** A page-unique id prefix for a chart's title and summary (aria-labelledby). */
export function chartId(kind: string): string {
  nextId += 1;
  return `app-${kind}-${nextId}`;
}

/** A legend entry of a chart with several series. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly kind: 'line' | 'box';
  /** SVG stroke-dasharray of a line ('none' for solid). */
  readonly dash: string;
}

/** The legend of a chart with one series: none (the title says what it is). */
export const NO_LEGEND = (): readonly LegendItem[] => [];
