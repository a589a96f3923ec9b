import type { ReportDocument } from '@koers/contracts';

/** A fixed report for the renderer tests: Dutch accents, a 40-row table (forces a page break), a chart with a gap. */
export const EMPHASISED_SENTENCE = 'Na de lessen over zorg en welzijn koos één op de vijf leerlingen vaker voor een vervolgopleiding in de zorg.';

const sectors = ['Zorg & welzijn', 'Techniek', 'ICT', 'Economie', 'Onderwijs', 'Horeca & toerisme', 'Creatief', 'Bouw'];

export const SAMPLE_REPORT: ReportDocument = {
  title: 'Jaarverslag loopbaanoriëntatie 2025–2026',
  subtitle: 'Keuzeverschuiving en betrokkenheid per leerjaar',
  school: 'Christelijk Lyceum Zeeënstein',
  generatedAt: '2026-06-30T08:05:00Z',
  sections: [
    {
      heading: 'Samenvatting',
      blocks: [
        { kind: 'paragraph', text: 'Dit verslag beschrijft hoe leerlingen hun voorkeuren in de loop van het schooljaar veranderden. Het is bedoeld voor de schoolleiding en de decanen; de cijfers zijn gecreëerd uit anonieme gegevens.' },
        { kind: 'paragraph', text: EMPHASISED_SENTENCE, emphasis: true },
      ],
    },
    {
      heading: 'Voorkeuren per sector',
      blocks: [
        {
          kind: 'bar-chart',
          caption: 'Aandeel leerlingen met voorkeur, per sector: begin en eind van het jaar',
          summary: 'Techniek en ICT bleven gelijk; de voorkeur voor zorg & welzijn steeg van 12% naar 21%. Voor bouw is het aantal te klein om te tonen.',
          unit: '%',
          categories: sectors.slice(0, 6).concat('Bouw'),
          series: [
            { name: 'September', values: [0.12, 0.3, 0.25, 0.18, 0.08, 0.05, null] },
            { name: 'Juni', values: [0.21, 0.29, 0.26, 0.15, 0.1, 0.04, 0.06] },
          ],
        },
        {
          kind: 'table',
          caption: 'Betrokkenheid per klas',
          sheetName: 'Betrokkenheid per klas',
          columns: ['Klas', 'Mentor', 'Leerlingen', 'Gem. voortgang', 'Toelichting'],
          rows: Array.from({ length: 40 }, (_, index) => [
            `${3 + (index % 3)}${'ABCDEFGHIJKLMN'[index % 14]}${index + 1}`,
            index % 2 === 0 ? 'Mevr. Zoë de Bruïne' : 'Dhr. René van Dijk',
            index === 39 ? '<5' : 20 + (index % 9),
            Math.round((50 + index * 0.7) * 10) / 10,
            index === 39 ? 'Laatste rij: café-groep' : index % 5 === 0 ? 'Veel leerlingen deden mee aan de beroepenmarkt, waardoor de voortgang in het tweede semester sterk toenam.' : null,
          ]),
        },
      ],
    },
  ],
  notes: [
    'Aantallen onder 5 leerlingen worden niet getoond ("<5") om herleidbaarheid te voorkomen.',
    'Een verschuiving in voorkeur betekent niet dat de lessen die verschuiving hebben veroorzaakt.',
  ],
};
