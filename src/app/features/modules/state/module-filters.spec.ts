import { filtersFromParams, hasFilters, paramsFromFilters } from './module-filters';

describe('module library filters in the URL', () => {
  it('reads known filter values from the query and trims the search', () => {
    expect(filtersFromParams({ q: '  zorg ', type: 'video', sector: 'ict', niveau: 'havo', status: 'published' })).toEqual({
      q: 'zorg',
      type: 'video',
      sector: 'ict',
      niveau: 'havo',
      status: 'published',
    });
  });

  it('ignores unknown values from an old or edited link instead of sending them', () => {
    expect(
      filtersFromParams({ type: 'podcast', sector: 'sterrenkunde', niveau: 'mbo', status: 'weg', q: '   ', leerjaar: '9', maxMinutes: 'veel', quality: 'super' }),
    ).toEqual({});
  });

  it('writes every filter back, with null to remove the ones that are off', () => {
    expect(paramsFromFilters({ sector: 'onderwijs', leerjaar: 3 })).toEqual({
      q: null,
      type: null,
      sector: 'onderwijs',
      niveau: null,
      status: null,
      leerjaar: '3',
      maxMinutes: null,
      opleiding: null,
      quality: null,
    });
  });

  it('survives a round trip through the URL unchanged', () => {
    const filters = { q: 'kok', niveau: 'vmbo-gt', type: 'game', leerjaar: 4, maxMinutes: 5, opleiding: 'Verpleegkunde', quality: 'complete' } as const;
    const params = paramsFromFilters(filters);
    expect(filtersFromParams(params)).toEqual(filters);
    expect(hasFilters(filtersFromParams(params))).toBeTrue();
    expect(hasFilters({})).toBeFalse();
  });
});
