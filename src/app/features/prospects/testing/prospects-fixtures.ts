import type { KansrijkRuleState, ProspectImportReport, ProspectImportSummary, ProspectIndicator } from '@koers/contracts';

/** Fixed test inputs for the prospects feature (specs only). */
export function indicator(overrides: Partial<ProspectIndicator> = {}): ProspectIndicator {
  return {
    id: 'ind-1',
    scope: 'sector',
    opleiding: null,
    sector: 'zorg-welzijn',
    level: 'alle',
    format: 'tekst',
    value: 'tekorten verwacht',
    score: 4,
    source: 'UWV, Arbeidsmarktprognose 2024-2025',
    sourceUrl: 'https://www.uwv.nl/nl/nieuws/uwv-arbeidsmarktprognose-2024-2025-stabiele-maar-beperkte-banengroei',
    year: 2024,
    period: '2024-2025',
    region: 'landelijk',
    status: 'handmatig',
    note: '',
    outdated: false,
    importId: null,
    recordedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export function report(overrides: Partial<ProspectImportReport> = {}): ProspectImportReport {
  return {
    dryRun: true,
    imported: false,
    importId: null,
    key: { source: 'SBB Kans op werk', year: 2026, region: 'landelijk' },
    encoding: 'windows-1252',
    delimiter: ';',
    rows: 3,
    validRows: 3,
    problems: [],
    preview: [
      { line: 2, target: 'Verpleegkundige (mbo 4, crebo 25480)', value: 'goed', score: 5, change: 'nieuw' },
      { line: 3, target: 'Sector Zorg & welzijn (mbo)', value: 'voldoende', score: 4, change: 'gewijzigd' },
    ],
    counts: { added: 2, changed: 1, unchanged: 0, removed: 0 },
    ...overrides,
  };
}

export const TWO_PROBLEMS = [
  { line: 4, column: 'waarde', code: 'unknown_label', message: 'Regel 4: "tekorten verwacht" is geen SBB-niveau.' },
  { line: 0, column: '', code: 'missing_column', message: 'De kolom "waarde" ontbreekt; zet "a;b" tussen "aanhalingstekens".' },
] as const;

export function importSummary(overrides: Partial<ProspectImportSummary> = {}): ProspectImportSummary {
  return {
    id: 'imp-1',
    source: 'SBB Kans op werk',
    year: 2026,
    region: 'landelijk',
    format: 'sbb-kans-op-werk',
    status: 'geimporteerd',
    fileName: 'sbb-2026.csv',
    rows: 3,
    counts: { added: 2, changed: 1, unchanged: 0, removed: 0 },
    importedBy: 'Ingrid de Vries',
    importedAt: '2026-11-21T09:30:00.000Z',
    ...overrides,
  };
}

export function ruleState(): KansrijkRuleState {
  const current = { version: 2, minScore: 4 as const, note: 'Terug naar de standaard.', changedBy: 'Ingrid de Vries', changedAt: '2026-11-02T08:00:00.000Z' };
  return {
    current,
    history: [current, { version: 1, minScore: 3, note: 'Eerste versie.', changedBy: 'Koers', changedAt: '2026-09-01T08:00:00.000Z' }],
  };
}
