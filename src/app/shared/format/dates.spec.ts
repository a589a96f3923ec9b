import { longSchoolDate, shortSchoolDate } from './dates';

describe('school dates', () => {
  it('writes dates the Dutch way', () => {
    expect(shortSchoolDate('2026-11-05')).toBe('5-11-2026');
  });

  it('names the weekday and month in the user language, whatever the time zone', () => {
    expect(longSchoolDate('2026-11-25', 'nl')).toBe('woensdag 25 november');
    expect(longSchoolDate('2026-11-25', 'en')).toBe('Wednesday 25 November');
  });
});
