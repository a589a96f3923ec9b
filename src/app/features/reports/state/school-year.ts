/** A school year runs from 1 August to 31 July and is written "2026-2027" (as on the server). */
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The school year a moment falls in, in Dutch time (Europe/Amsterdam). */
export function schoolYearOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric' }).formatToParts(date);
  const year = Number(parts.find((part) => part.type === 'year')?.value ?? date.getUTCFullYear());
  const month = Number(parts.find((part) => part.type === 'month')?.value ?? date.getUTCMonth() + 1);
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function isSchoolYear(value: string | null | undefined): value is string {
  const match = value ? SCHOOL_YEAR.exec(value) : null;
  return !!match && Number(match[2]) === Number(match[1]) + 1;
}

/** The current school year and the `count - 1` before it, newest first. */
export function recentSchoolYears(current: string, count = 5): string[] {
  const start = Number(current.slice(0, 4));
  return Array.from({ length: count }, (_, index) => `${start - index}-${start - index + 1}`);
}
