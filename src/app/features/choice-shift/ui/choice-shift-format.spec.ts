import { formatInterval, formatNumber, formatP, formatPercent, formatPercentInterval, formatPoints, formatSigned, transitionFlows } from './choice-shift-format';

describe('choice-shift number formatting', () => {
  const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

  it('writes Dutch numbers with a decimal comma and English ones with a point', () => {
    expect(formatNumber(3.456, 'nl', 2)).toBe('3,46');
    expect(formatNumber(3.456, 'en', 2)).toBe('3.46');
    expect(formatNumber(-0.04, 'nl', 1)).toBe('0,0');
    expect(formatNumber(-1.25, 'nl', 1)).toBe('−1,3');
  });

  it('signs changes and percentage points', () => {
    expect(formatSigned(0.4, 'nl')).toBe('+0,4');
    expect(formatSigned(-1.2, 'nl')).toBe('−1,2');
    expect(formatSigned(0.01, 'nl')).toBe('0,0');
    expect(formatPoints(0.123, 'nl')).toBe('+12');
    expect(formatPoints(-0.05, 'nl')).toBe('−5');
  });

  it('writes percentages the Dutch way, with a space before the sign', () => {
    expect(nbsp(formatPercent(23 / 26, 'nl'))).toBe('88 %');
    expect(formatPercent(23 / 26, 'en')).toBe('88%');
    expect(nbsp(formatPercentInterval([0.615, 0.842], 'nl'))).toBe('62–84 %');
  });

  it('writes p-values as "p = 0,04" and tiny ones as "p < 0,001"', () => {
    expect(formatP(0.0412, 'nl')).toBe('p = 0,04');
    expect(formatP(0.0412, 'en')).toBe('p = 0.04');
    expect(formatP(0.0049, 'nl')).toBe('p = 0,005');
    expect(formatP(0.00002, 'nl')).toBe('p < 0,001');
    expect(formatP(1, 'nl')).toBe('p = 1,00');
  });

  it('writes intervals and infinite odds ratios readably', () => {
    expect(formatInterval(1.2, 4.56, 'nl')).toBe('[1,20; 4,56]');
    expect(formatInterval(1.2, Infinity, 'en')).toBe('[1.20, ∞]');
    expect(formatNumber(NaN, 'nl')).toBe('–');
  });
});

describe('transitionFlows', () => {
  const label = (key: string) => key.toUpperCase();

  it('draws cells of 5 or more as bands and merges the rest into one "overig" band of what is left', () => {
    const transitions = {
      categories: ['zorg-welzijn', 'ict', 'weet-niet'],
      cells: [
        [6, '<5', 0],
        ['<5', 5, '•'],
        ['<5', 7, 0],
      ],
    };
    // 23 paired: 6 + 5 + 7 shown, 5 left in the three hidden cells together.
    expect(transitionFlows(transitions, 23, label, 'Overig')).toEqual([
      { from: 'ZORG-WELZIJN', to: 'ZORG-WELZIJN', count: 6 },
      { from: 'ICT', to: 'ICT', count: 5 },
      { from: 'WEET-NIET', to: 'ICT', count: 7 },
      { from: 'Overig', to: 'Overig', count: 5 },
    ]);
  });

  it('adds no "overig" band when every student is in a shown band', () => {
    expect(transitionFlows({ categories: ['ict'], cells: [[12]] }, 12, label, 'Overig')).toEqual([{ from: 'ICT', to: 'ICT', count: 12 }]);
  });
});
