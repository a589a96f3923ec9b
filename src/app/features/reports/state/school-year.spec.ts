import { isSchoolYear, recentSchoolYears, schoolYearOf } from './school-year';

describe('school year', () => {
  it('starts on 1 August in Dutch time', () => {
    expect(schoolYearOf(new Date('2026-07-31T21:59:00Z'))).toBe('2025-2026');
    expect(schoolYearOf(new Date('2026-07-31T22:00:00Z'))).toBe('2026-2027');
    expect(schoolYearOf(new Date('2027-03-01T12:00:00Z'))).toBe('2026-2027');
  });

  it('accepts only consecutive years written as 2026-2027', () => {
    expect(isSchoolYear('2026-2027')).toBeTrue();
    expect(isSchoolYear('2026-2028')).toBeFalse();
    expect(isSchoolYear('2026/2027')).toBeFalse();
    expect(isSchoolYear(undefined)).toBeFalse();
  });

  it('lists this school year and the four before it, newest first', () => {
    expect(recentSchoolYears('2026-2027')).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023']);
  });
});
