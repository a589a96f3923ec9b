import type { ReportDocument, ReportShare } from '@koers/contracts';

/** A small year report with every kind of block, suppressed cells included. */
export function reportDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    title: 'LOB-verslag schooljaar 2026-2027',
    subtitle: 'Bereik, betrokkenheid en keuzeverschuiving naar kansrijke opleidingen',
    school: 'Demo College',
    generatedAt: '2026-12-04T16:05:00.000Z',
    sections: [
      {
        heading: 'Samenvatting',
        blocks: [
          { kind: 'paragraph', text: 'Van de 39 leerlingen koos vooraf 56% een kansrijke opleiding, achteraf 69%.', emphasis: true },
          { kind: 'paragraph', text: 'Drie lessen werden gepland.' },
        ],
      },
      {
        heading: 'Per leerjaar',
        blocks: [
          {
            kind: 'table',
            caption: 'Bereik per leerjaar',
            sheetName: 'Per leerjaar',
            columns: ['Groep', 'Leerlingen', 'Bereikt', 'Echtheid (1–5)', 'Kansrijk voor / na'],
            rows: [
              ['leerjaar 2', '<10', null, null, null],
              ['leerjaar 3', 81, '<5', 3.8, '47% / 68%'],
            ],
          },
          {
            kind: 'bar-chart',
            caption: 'Kansrijke eerste keuze, voor en na',
            summary: 'leerjaar 3: 47% voor, 68% na.',
            unit: '%',
            categories: ['leerjaar 2', 'leerjaar 3'],
            series: [
              { name: 'Voor', values: [null, 0.47] },
              { name: 'Na', values: [null, 0.68] },
            ],
          },
        ],
      },
    ],
    notes: ['Groepen met minder dan 10 leerlingen krijgen geen cijfers ("<10"); aantallen van 1 tot en met 4 staan er als "<5".', 'Zonder vergelijkingsgroep weten we niet zeker of een verschuiving door de lessen komt.'],
    ...overrides,
  };
}

export function reportShare(overrides: Partial<ReportShare> = {}): ReportShare {
  return {
    id: 'share-1',
    schoolYear: '2026-2027',
    createdBy: 'Annemiek Smit',
    createdAt: '2026-12-01T09:00:00.000Z',
    expiresAt: '2026-12-31T09:00:00.000Z',
    revokedAt: null,
    ...overrides,
  };
}

/** A token of the server's shape (43 base64url characters). */
export const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
