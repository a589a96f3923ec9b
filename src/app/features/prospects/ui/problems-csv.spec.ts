import { TWO_PROBLEMS } from '../testing/prospects-fixtures';
import { scoreBands } from './format-mapping';
import { problemsCsv, problemsFileName } from './problems-csv';

describe('problemsCsv', () => {
  it('writes one line per problem, semicolon-separated, quoting cells with ; or quotes, with a BOM for Excel', () => {
    expect(problemsCsv(TWO_PROBLEMS)).toBe(
      '\uFEFFregel;kolom;code;reden\r\n' +
        '4;waarde;unknown_label;"Regel 4: ""tekorten verwacht"" is geen SBB-niveau."\r\n' +
        '0;;missing_column;"De kolom ""waarde"" ontbreekt; zet ""a;b"" tussen ""aanhalingstekens""."\r\n',
    );
  });

  it('names the download after the imported file', () => {
    expect(problemsFileName('SBB 2026.csv')).toBe('foutenrapport-SBB-2026.csv');
  });
});

describe('scoreBands', () => {
  it('splits a scale into five equal bands, best score at the top when higher is better', () => {
    expect(scoreBands({ min: 0, max: 10, higherIsBetter: true }).map((band) => [band.from, band.to, band.score])).toEqual([
      [0, 2, 1],
      [2, 4, 2],
      [4, 6, 3],
      [6, 8, 4],
      [8, 10, 5],
    ]);
  });

  it('turns the scores round when lower is better, and refuses a scale without width', () => {
    expect(scoreBands({ min: 0, max: 5, higherIsBetter: false }).map((band) => band.score)).toEqual([5, 4, 3, 2, 1]);
    expect(scoreBands({ min: 3, max: 3, higherIsBetter: true })).toEqual([]);
  });
});
