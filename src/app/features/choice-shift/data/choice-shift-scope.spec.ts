import { convertToParamMap } from '@angular/router';
import { queryFromScope, scopeFromQuery, scopeKey, scopeParams } from './choice-shift-scope';

describe('choice-shift scope', () => {
  it('gives equal scopes the same key whatever the order, and the whole school its own key', () => {
    expect(scopeKey({ leerjaar: 3, classId: 'c1' })).toBe(scopeKey({ classId: 'c1', leerjaar: 3 }));
    expect(scopeKey({ classId: 'c1', niveau: '' })).toBe('classId=c1');
    expect(scopeKey({})).toBe('all');
  });

  it('drops empty fields from the API parameters', () => {
    expect(scopeParams({ classId: 'c1', niveau: '', from: '2026-09-01' })).toEqual({ classId: 'c1', from: '2026-09-01' });
  });

  it('reads the Dutch URL query into a scope and ignores malformed values', () => {
    const query = convertToParamMap({ klas: 'c1', leerjaar: '3', niveau: 'havo', les: 'l1', planning: 's1', koppeling: 'p1', van: '2026-09-01', tot: 'morgen' });
    expect(scopeFromQuery(query)).toEqual({ classId: 'c1', leerjaar: 3, niveau: 'havo', lessonId: 'l1', scheduleId: 's1', pairingId: 'p1', from: '2026-09-01' });
    expect(scopeFromQuery(convertToParamMap({ leerjaar: '9' }))).toEqual({});
  });

  it('writes a scope to the URL query, clearing the fields it does not set', () => {
    expect(queryFromScope({ classId: 'c1', leerjaar: 3 })).toEqual({
      klas: 'c1',
      leerjaar: '3',
      niveau: null,
      les: null,
      planning: null,
      koppeling: null,
      van: null,
      tot: null,
    });
  });
});
