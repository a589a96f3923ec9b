/**
 * Opleidingen search, prospect indicators (CSV import with dry run, row errors, only-valid-rows and
 * idempotent re-import; hand entry and withdrawal) and the versioned kansrijk rule (issue 6).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KansrijkRuleState, OpleidingSearchResult, ProspectImportReport, ProspectImportRequest, ProspectIndicator, ProspectIndicatorList } from '@koers/contracts';
import { Client, OTHER_SCHOOL_DECAAN, problemOf, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';

const SOURCE = 'Testbron kans op werk';

function request(csv: string | Uint8Array, overrides: Partial<ProspectImportRequest> = {}): ProspectImportRequest {
  const bytes = typeof csv === 'string' ? Buffer.from(csv, 'utf8') : Buffer.from(csv);
  return {
    format: 'sbb-kans-op-werk',
    source: SOURCE,
    sourceUrl: 'https://example.org/kans-op-werk',
    year: 2026,
    period: null,
    region: 'landelijk',
    status: 'geimporteerd',
    scale: null,
    fileBase64: bytes.toString('base64'),
    fileName: 'kans-op-werk.csv',
    dryRun: false,
    onlyValidRows: false,
    ...overrides,
  };
}

describe('opleidingen and prospect data', () => {
  let t: TestApp;
  let decaan: Client;
  let mentor: Client;
  const importedIds = async () =>
    (await decaan.get('/api/prospects/indicators?status=geimporteerd')).json<ProspectIndicatorList>().items.filter((item) => item.source === SOURCE);

  before(async () => {
    t = await startTestApp();
    await seedOtherSchool(t);
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
    mentor = await signedIn(t.app, 'mentor@demo.koers.nl');
  });
  after(() => t.close());

  describe('catalogue', () => {
    it('finds opleidingen by words of the name or a beroep, for staff and students, and not anonymously', async () => {
      const found = (await decaan.get('/api/opleidingen?q=verpleeg&limit=5')).json<OpleidingSearchResult>();
      assert.ok(found.items.some((item) => item.name === 'Verpleegkundige' && item.type === 'mbo' && item.niveau === 4 && item.sector === 'zorg-welzijn'));
      const byBeroep = (await decaan.get('/api/opleidingen?q=elektromonteur')).json<OpleidingSearchResult>();
      assert.ok(byBeroep.items.length > 0);
      assert.ok(byBeroep.items.every((item) => item.sector === 'techniek-bouw'), JSON.stringify(byBeroep.items.map((i) => i.name)));
      const wo = (await decaan.get('/api/opleidingen?type=wo&limit=50')).json<OpleidingSearchResult>();
      assert.ok(wo.items.length >= 10 && wo.items.every((item) => item.type === 'wo' && item.crohoSector !== null && item.niveau === null));
      const none = (await decaan.get('/api/opleidingen?q=%25_')).json<OpleidingSearchResult>();
      assert.equal(none.total, 0, 'LIKE wildcards are searched literally');

      const classes = (await decaan.get('/api/classes')).json<{ name: string; id: string }[]>();
      const g3a = (await decaan.get(`/api/classes/${classes.find((c) => c.name === 'G3A')!.id}`)).json<{ classCode: string; students: { personalCode: string }[] }>();
      const student = new Client(t.app);
      assert.equal((await student.signInStudent(g3a.classCode, g3a.students[0]!.personalCode)).statusCode, 200);
      assert.equal((await student.get('/api/opleidingen?q=zorg')).statusCode, 200);
      assert.equal((await new Client(t.app).get('/api/opleidingen?q=zorg')).statusCode, 401);
      assert.equal((await decaan.get('/api/opleidingen?limit=500')).statusCode, 400);
      assert.equal((await decaan.get('/api/opleidingen?type=havo')).statusCode, 400);
    });
  });

  describe('CSV import', () => {
    const good = 'code;opleiding;waarde;toelichting\n25655;;goed;Veel vacatures\n;Kok;matig;\n';

    it('checks a file in a dry run: encoding, separator, preview and counts, and stores nothing', async () => {
      const response = await decaan.post('/api/prospects/imports', request(good, { dryRun: true }));
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json<ProspectImportReport>();
      assert.equal(report.imported, false);
      assert.equal(report.encoding, 'utf-8');
      assert.equal(report.delimiter, ';');
      assert.equal(report.rows, 2);
      assert.equal(report.validRows, 2);
      assert.deepEqual(report.problems, []);
      assert.deepEqual(report.counts, { added: 2, changed: 0, unchanged: 0, removed: 0 });
      assert.deepEqual(
        report.preview.map((row) => [row.line, row.target, row.score, row.change]),
        [
          [2, 'Verpleegkundige (25655)', 5, 'nieuw'],
          [3, 'Kok', 3, 'nieuw'],
        ],
      );
      assert.equal((await importedIds()).length, 0);
    });

    it('reports every wrong row with line, column and reason, and imports nothing unless asked for the valid rows', async () => {
      const csv = [
        'code;opleiding;sector;niveau;waarde',
        '25655;;;;goed', // 2: fine
        '99999;;;;goed', // 3: unknown code
        ';Bestaat niet;;;goed', // 4: unknown opleiding
        ';;Ruimtevaart;;goed', // 5: unknown sector
        ';;Zorg & welzijn;mbo5;goed', // 6: unknown level
        ';;ICT;;fantastisch', // 7: unknown value
        ';;Techniek & bouw;;', // 8: empty value
        '25655;;;;voldoende', // 9: duplicate of line 2
        ';;;;goed', // 10: no target
        ';;Onderwijs;alle;voldoende;extra', // 11: wrong cell count
        ';;Onderwijs;alle;goed', // 12: fine
      ].join('\n');
      const refused = await decaan.post('/api/prospects/imports', request(csv));
      assert.equal(refused.statusCode, 422, refused.body);
      const problem = problemOf(refused) as ReturnType<typeof problemOf> & { report: ProspectImportReport };
      assert.equal(problem.code, 'import_has_errors');
      assert.deepEqual(
        problem.report.problems.map((p) => [p.line, p.column, p.code]),
        [
          [3, 'code', 'unknown_code'],
          [4, 'opleiding', 'unknown_opleiding'],
          [5, 'sector', 'unknown_sector'],
          [6, 'niveau', 'unknown_level'],
          [7, 'waarde', 'unknown_label'],
          [8, 'waarde', 'empty_value'],
          [9, '', 'duplicate_row'],
          [10, '', 'missing_target'],
          [11, '', 'cell_count'],
        ],
      );
      assert.match(problem.report.problems[0]!.message, /99999 staat niet in de opleidingencatalogus/);
      assert.match(problem.report.problems[6]!.message, /regel 2/);
      assert.equal(problem.report.imported, false);
      assert.equal((await importedIds()).length, 0, 'nothing stored from a file with errors');

      const partial = await decaan.post('/api/prospects/imports', request(csv, { onlyValidRows: true }));
      assert.equal(partial.statusCode, 200, partial.body);
      assert.equal(partial.json<ProspectImportReport>().imported, true);
      assert.deepEqual(partial.json<ProspectImportReport>().counts, { added: 2, changed: 0, unchanged: 0, removed: 0 });
      const stored = await importedIds();
      assert.deepEqual(stored.map((row) => [row.opleiding?.name ?? row.sector, row.value, row.score, row.status]).sort(), [
        ['Verpleegkundige', 'goed', 5, 'geimporteerd'],
        ['onderwijs', 'goed', 5, 'geimporteerd'],
      ]);
    });

    it('re-imports idempotently per source + year + region: the same file changes nothing, a new one supersedes', async () => {
      const key = { source: 'ROA-test', year: 2025, format: 'roa-typering' as const };
      const first = 'sector;niveau;waarde\nTechniek & bouw;mbo;goed\nZorg & welzijn;alle;zeer goed\nMedia & creatief;hbo;matig\n';
      assert.equal((await decaan.post('/api/prospects/imports', request(first, key))).statusCode, 200);
      const current = async () => (await decaan.get('/api/prospects/indicators?scope=sector')).json<ProspectIndicatorList>().items.filter((i) => i.source === 'ROA-test');
      const ids = (await current()).map((row) => row.id).sort();
      assert.equal(ids.length, 3);

      const again = (await decaan.post('/api/prospects/imports', request(first, key))).json<ProspectImportReport>();
      assert.deepEqual(again.counts, { added: 0, changed: 0, unchanged: 3, removed: 0 });
      assert.deepEqual((await current()).map((row) => row.id).sort(), ids, 'the same rows, not copies');

      const second = 'sector;niveau;waarde\nTechniek & bouw;mbo;zeer goed\nZorg & welzijn;alle;zeer goed\n';
      const changed = (await decaan.post('/api/prospects/imports', request(second, key))).json<ProspectImportReport>();
      assert.deepEqual(changed.counts, { added: 0, changed: 1, unchanged: 1, removed: 1 });
      const now = await current();
      assert.deepEqual(now.map((row) => [row.sector, row.level, row.score]).sort(), [
        ['techniek-bouw', 'mbo', 5],
        ['zorg-welzijn', 'alle', 5],
      ]);
      // Superseded values stay in the table (the history scoring reads).
      const { rows } = await t.app.database.pool.query<{ n: number }>("select count(*)::int as n from prospect_indicators where source = 'ROA-test' and superseded_at is not null");
      assert.equal(rows[0]!.n, 2);
      // Another region is another key: nothing of the landelijk set is touched.
      const regional = (await decaan.post('/api/prospects/imports', request('sector;waarde\nICT;goed\n', { ...key, region: 'Groot Amsterdam' }))).json<ProspectImportReport>();
      assert.deepEqual(regional.counts, { added: 1, changed: 0, unchanged: 0, removed: 0 });
      assert.equal((await current()).length, 3);

      const history = (await decaan.get('/api/prospects/imports')).json<{ items: { source: string; counts: ProspectImportReport['counts'] }[] }>().items;
      assert.deepEqual(history.filter((item) => item.source === 'ROA-test').map((item) => item.counts.unchanged), [0, 1, 3, 0]);
    });

    it('reads Windows-1252 with commas and a numeric scale with a Dutch decimal comma', async () => {
      // "één" and "€" in Windows-1252: e9 e9 6e ... 80.
      const text = 'sector,waarde,toelichting\nOnderwijs,"4,5",één vacature per € 80\nICT,1.2,\n';
      const bytes = Uint8Array.from([...text].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))));
      const response = await decaan.post('/api/prospects/imports', request(bytes, { source: 'Numeriek', format: 'numeriek', scale: { min: 0, max: 5, higherIsBetter: true } }));
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json<ProspectImportReport>();
      assert.equal(report.encoding, 'windows-1252');
      assert.equal(report.delimiter, ',');
      assert.deepEqual(report.preview.map((row) => [row.value, row.score]), [
        ['4,5', 5],
        ['1.2', 2],
      ]);
      const stored = (await decaan.get('/api/prospects/indicators?sector=onderwijs')).json<ProspectIndicatorList>().items.find((i) => i.source === 'Numeriek');
      assert.equal(stored?.note, 'één vacature per € 80');

      const outOfScale = await decaan.post('/api/prospects/imports', request('sector;waarde\nICT;7\n', { source: 'Numeriek 2', format: 'numeriek', scale: { min: 0, max: 5, higherIsBetter: true } }));
      assert.equal(problemOf(outOfScale).code, 'import_has_errors');
    });

    it('refuses bad form fields with 400 and the field, and staff without the right role with 403, storing nothing', async () => {
      const before = (await decaan.get('/api/prospects/imports')).json<{ items: unknown[] }>().items.length;
      const cases: [Partial<ProspectImportRequest>, string][] = [
        [{ year: 1800 }, '/year'],
        [{ sourceUrl: 'javascript:alert(1)' }, '/sourceUrl'],
        [{ format: 'numeriek', scale: null }, '/scale'],
        [{ format: 'numeriek', scale: { min: 5, max: 1, higherIsBetter: true } }, '/scale'],
        [{ scale: { min: 0, max: 1, higherIsBetter: true } }, '/scale'],
        [{ fileBase64: '' }, '/fileBase64'],
      ];
      for (const [overrides, field] of cases) {
        const response = await decaan.post('/api/prospects/imports', request(good, overrides));
        assert.equal(response.statusCode, 400, `${JSON.stringify(overrides)}: ${response.body}`);
        assert.equal(problemOf(response).errors?.[0]?.field, field);
      }
      assert.equal((await decaan.post('/api/prospects/imports', { ...request(good), fileBase64: 'not base64!' })).statusCode, 400);
      const huge = Buffer.alloc(2 * 1024 * 1024 + 10, 'a').toString('base64');
      const tooBig = await decaan.post('/api/prospects/imports', { ...request(good), fileBase64: huge });
      assert.ok([400, 413].includes(tooBig.statusCode), tooBig.body);
      assert.equal((await mentor.post('/api/prospects/imports', request(good))).statusCode, 403);
      assert.equal((await decaan.get('/api/prospects/imports')).json<{ items: unknown[] }>().items.length, before);
    });
  });

  describe('values entered by hand', () => {
    it('stores a judged score as handmatig, replaces the earlier one of the same source, and withdraws it', async () => {
      const input = {
        scope: 'sector',
        opleidingId: null,
        sector: 'veiligheid',
        level: 'alle',
        value: 'grote knelpunten verwacht',
        score: 4,
        source: 'Eigen inschatting decaan',
        sourceUrl: null,
        year: 2026,
        period: '2026-2030',
        region: 'landelijk',
        note: 'Op basis van het regionale arbeidsmarktgesprek.',
      };
      const first = await decaan.post('/api/prospects/indicators', input);
      assert.equal(first.statusCode, 201, first.body);
      const second = await decaan.post('/api/prospects/indicators', { ...input, score: 3 });
      const stored = second.json<ProspectIndicator>();
      assert.equal(stored.status, 'handmatig');
      assert.equal(stored.format, 'tekst');
      const current = (await decaan.get('/api/prospects/indicators?sector=veiligheid&status=handmatig')).json<ProspectIndicatorList>().items.filter((i) => i.source === input.source);
      assert.deepEqual(current.map((i) => i.score), [3]);

      assert.equal((await decaan.post('/api/prospects/indicators', { ...input, score: 6 })).statusCode, 400);
      assert.equal(problemOf(await decaan.post('/api/prospects/indicators', { ...input, scope: 'opleiding' })).errors?.[0]?.field, '/opleidingId');
      assert.equal((await decaan.post('/api/prospects/indicators', { ...input, scope: 'opleiding', opleidingId: 'nope' })).statusCode, 400);
      assert.equal((await mentor.post('/api/prospects/indicators', input)).statusCode, 403);

      const withdraw = await decaan.request({ method: 'DELETE', url: `/api/prospects/indicators/${stored.id}` }, true);
      assert.equal(withdraw.statusCode, 204);
      assert.equal((await decaan.request({ method: 'DELETE', url: `/api/prospects/indicators/${stored.id}` }, true)).statusCode, 404);
      const other = await signedIn(t.app, OTHER_SCHOOL_DECAAN);
      assert.equal((await other.get('/api/prospects/indicators')).json<ProspectIndicatorList>().items.length, 0, 'another school sees none of ours');
    });

    it('labels a value whose forecast period is over as outdated', async () => {
      const items = (await decaan.get('/api/prospects/indicators?sector=horeca-toerisme')).json<ProspectIndicatorList>().items;
      const horeca = items.find((i) => i.period === '2024-2025');
      assert.equal(horeca?.outdated, true);
    });
  });

  describe('kansrijk rule', () => {
    it('starts at the built-in version 1 (score ≥ 4) and keeps every change with who, when and why', async () => {
      const start = (await mentor.get('/api/prospects/rule')).json<KansrijkRuleState>();
      assert.deepEqual([start.current.version, start.current.minScore], [1, 4]);
      const changed = await decaan.request({ method: 'PUT', url: '/api/prospects/rule', payload: { minScore: 5, note: 'Alleen de beste vooruitzichten tellen.' } }, true);
      assert.equal(changed.statusCode, 200, changed.body);
      const state = changed.json<KansrijkRuleState>();
      assert.deepEqual(state.history.map((v) => [v.version, v.minScore]), [
        [2, 5],
        [1, 4],
      ]);
      assert.equal(state.current.changedBy, 'Marieke de Vries');
      assert.equal((await decaan.request({ method: 'PUT', url: '/api/prospects/rule', payload: { minScore: 0, note: 'x' } }, true)).statusCode, 400);
      assert.equal((await decaan.request({ method: 'PUT', url: '/api/prospects/rule', payload: { minScore: 4, note: '  ' } }, true)).statusCode, 400);
      assert.equal((await mentor.request({ method: 'PUT', url: '/api/prospects/rule', payload: { minScore: 4, note: 'mentor' } }, true)).statusCode, 403);
      const back = await decaan.request({ method: 'PUT', url: '/api/prospects/rule', payload: { minScore: 4, note: 'Terug naar de standaard.' } }, true);
      assert.equal(back.json<KansrijkRuleState>().current.version, 3);
    });
  });
});
