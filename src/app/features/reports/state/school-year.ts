import { earlierSchoolYear, schoolYearRange } from '@koers/contracts';

/** School years as the server writes them ("2026-2027"); `schoolYearOf` lives in contracts, shared with the server. */
export { schoolYearOf } from '@koers/contracts';

export function isSchoolYear(value: string | null | undefined): value is string {
  return !!value && schoolYearRange(value) !== null;
}

/** The current school year and the `count - 1` before it, newest first. */
export function recentSchoolYears(current: string, count = 5): string[] {
  return Array.from({ length: count }, (_, index) => earlierSchoolYear(current, index));
}
