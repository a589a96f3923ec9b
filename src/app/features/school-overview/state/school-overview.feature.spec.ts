import type { SchoolOverview } from '@koers/contracts';
import { SCHOOL } from '../../../testing/fixtures';
import { toMatrix } from './school-overview.feature';

describe('school overview matrix', () => {
  const overview: SchoolOverview = {
    school: SCHOOL,
    classCount: 4,
    studentCount: 108,
    groups: [
      { niveau: 'vwo', leerjaar: 4, classCount: 1, studentCount: 26 },
      { niveau: 'havo', leerjaar: 3, classCount: 2, studentCount: 55 },
      { niveau: 'vmbo-gt', leerjaar: 2, classCount: 1, studentCount: 27 },
    ],
  };

  it('puts niveaus in school order and leerjaren ascending', () => {
    const matrix = toMatrix(overview);
    expect(matrix.rows.map((row) => row.niveau)).toEqual(['vmbo-gt', 'havo', 'vwo']);
    expect(matrix.leerjaren).toEqual([2, 3, 4]);
  });

  it('leaves combinations without classes empty', () => {
    const havo = toMatrix(overview).rows.find((row) => row.niveau === 'havo');
    expect(havo?.cells).toEqual([null, jasmine.objectContaining({ classCount: 2, studentCount: 55 }), null]);
  });

  it('adds up rows, columns and the whole school', () => {
    const matrix = toMatrix(overview);
    expect(matrix.rows.map((row) => row.total.studentCount)).toEqual([27, 55, 26]);
    expect(matrix.totals.map((total) => total.studentCount)).toEqual([27, 55, 26]);
    expect(matrix.total).toEqual({ classCount: 4, studentCount: 108 });
  });
});
