import { convertToParamMap } from '@angular/router';
import { datesReversed, filterParams, filtersFromQuery, hasFilters, queryFromFilters, sameFilters } from './school-dashboard-filters';

describe('school dashboard filters', () => {
  it('reads leerjaar, niveau and dates from the Dutch URL query, leaving out what is malformed', () => {
    expect(filtersFromQuery(convertToParamMap({ leerjaar: '3', niveau: 'havo', van: '2026-09-01', tot: '2027-07-15' }))).toEqual({
      leerjaar: 3,
      niveau: 'havo',
      from: '2026-09-01',
      to: '2027-07-15',
    });
    expect(filtersFromQuery(convertToParamMap({ leerjaar: '9', niveau: 'mavo', van: '1-9-2026', tot: '2026-13-01' }))).toEqual({});
    expect(filtersFromQuery(convertToParamMap({}))).toEqual({});
  });

  it('writes the filters back to the URL, dropping empty ones', () => {
    expect(queryFromFilters({ leerjaar: 4, to: '2026-12-31' })).toEqual({ leerjaar: '4', niveau: null, van: null, tot: '2026-12-31' });
    expect(filterParams({ niveau: 'vwo', from: '2026-09-01' })).toEqual({ niveau: 'vwo', from: '2026-09-01' });
  });

  it('compares filters whatever their order, and knows when any is set', () => {
    expect(sameFilters({ leerjaar: 3, niveau: 'havo' }, { niveau: 'havo', leerjaar: 3 })).toBeTrue();
    expect(sameFilters({ leerjaar: 3 }, {})).toBeFalse();
    expect(hasFilters({})).toBeFalse();
    expect(hasFilters({ from: '2026-09-01' })).toBeTrue();
  });

  it('finds an end date before the start date', () => {
    expect(datesReversed({ from: '2026-12-01', to: '2026-11-30' })).toBeTrue();
    expect(datesReversed({ from: '2026-12-01', to: '2026-12-01' })).toBeFalse();
    expect(datesReversed({ to: '2026-11-30' })).toBeFalse();
  });
});
