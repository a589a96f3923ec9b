import type { Interval } from '@koers/contracts';
import type { Language } from '../../core/i18n/dictionary';

/** Number formatting for every figure in Koers: decimal comma in Dutch, point in English, a real minus sign. */

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** The Intl locale of a Koers language. */
export const localeOf = (language: Language) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** 0,5 → "0,5" (fixed fraction digits, a real minus sign). */
export function formatNumber(value: number, language: Language, digits = 1): string {
  if (Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const text = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(rounded);
  return value < 0 && rounded > 0 ? `${MINUS}${text}` : text;
}

/** A change with its sign: "+0,4", "−1,2", "0,0". */
export function formatSigned(value: number, language: Language, digits = 1): string {
  const text = formatNumber(value, language, digits);
  return value > 0 && Math.round(value * 10 ** digits) > 0 ? `+${text}` : text;
}

/** A proportion as a whole percentage: 0.875 → "88 %" (Dutch) / "88%" (English). */
export function formatPercent(share: number, language: Language): string {
  const number = formatNumber(share * 100, language, 0);
  return language === 'en' ? `${number}%` : `${number}${NBSP}%`;
}

/** A 95 % interval of proportions: "62–84 %". */
export function formatPercentInterval(ci: Interval, language: Language): string {
  return `${formatNumber(ci[0] * 100, language, 0)}–${formatPercent(ci[1], language)}`;
}

/** A difference of proportions in percentage points, signed: 0.12 → "+12". */
export function formatPoints(difference: number, language: Language): string {
  return formatSigned(difference * 100, language, 0);
}

/** "p = 0,04"; "p < 0,001" when tiny; two significant digits above 0.1 ("p = 0,38"). */
export function formatP(p: number, language: Language): string {
  if (!Number.isFinite(p)) return 'p = –';
  if (p < 0.001) return `p < ${formatNumber(0.001, language, 3)}`;
  const digits = p < 0.01 ? 3 : 2;
  return `p = ${formatNumber(Math.min(p, 1), language, digits)}`;
}

/** An interval of plain numbers: "1,2 tot 4,5" reads badly with minus signs, so "[1,2; 4,5]" (nl) / "[1.2, 4.5]" (en). */
export function formatInterval(lower: number, upper: number, language: Language, digits = 2): string {
  const separator = language === 'en' ? ', ' : '; ';
  return `[${formatNumber(lower, language, digits)}${separator}${formatNumber(upper, language, digits)}]`;
}
