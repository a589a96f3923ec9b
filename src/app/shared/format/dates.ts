/** yyyy-mm-dd → d-m-yyyy, as Dutch schools write dates. */
export function shortSchoolDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}

/** yyyy-mm-dd → "woensdag 25 november" (or "Wednesday 25 November"), read as a calendar date. */
export function longSchoolDate(iso: string, language: 'nl' | 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
