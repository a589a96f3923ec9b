/**
 * The schoolleiding's year report (issue 7): aggregates with suppression, the same figures in JSON,
 * PDF (text extracted from the real file), XLSX and CSV, and who may download it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { ReportDocument, ReportShare, ReportTable, SchoolDashboard } from '@koers/contracts';
import { schoolYearOf, schoolYearRange } from '../src/modules/reports/school-year';
import { Client, signedIn, startTestApp, type TestApp } from './helpers';
import { extractPdfText, normalizeSpace } from './support/pdf-text';

const tables = (report: ReportDocument) => report.sections.flatMap((section) => section.blocks).filter((block): block is ReportTable => block.kind === 'table');

describe('school years', () => {
  it('run from 1 August to 31 July', () => {
    assert.equal(schoolYearOf(new Date('2026-11-25T12:00:00Z')), '2026-2027');
    assert.equal(schoolYearOf(new Date('2027-07-31T12:00:00Z')), '2026-2027');
    assert.equal(schoolYearOf(new Date('2027-08-01T12:00:00Z')), '2027-2028');
    assert.deepEqual(schoolYearRange('2026-2027'), { from: '2026-08-01', to: '2027-07-31' });
    assert.equal(schoolYearRange('2026-2028'), null);
  });
});

describe('school-year report', () => {
  let t: TestApp;
  let directie: Client;
  let report: ReportDocument;
  const year = schoolYearOf(new Date());

  before(async () => {
    t = await startTestApp();
    directie = await signedIn(t.app, 'directie@demo.koers.nl');
    const response = await directie.get(`/api/reports/school-year?year=${year}`);
    assert.equal(response.statusCode, 200, response.body);
    report = response.json<ReportDocument>();
  });
  after(() => t.close());

  it('shows per leerjaar and niveau the figures of the school dashboard, suppressed for small groups', async () => {
    const decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
    const range = schoolYearRange(year)!;
    const dashboard = (await decaan.get(`/api/dashboards/school?from=${range.from}&to=${range.to}`)).json<SchoolDashboard>();
    const [perLeerjaar, perNiveau, comparison] = tables(report);
    assert.equal(perLeerjaar!.rows.length, dashboard.byLeerjaar.length);
    const third = perLeerjaar!.rows.find((row) => row[0] === 'leerjaar 3')!;
    const thirdFigures = dashboard.byLeerjaar.find((group) => group.key === 'leerjaar-3')!;
    assert.equal(third[1], thirdFigures.students);
    assert.equal(third[2], thirdFigures.reached);
    assert.equal(third[6], thirdFigures.shift.nPaired);
    assert.equal(perNiveau!.rows.length, dashboard.byNiveau.length);
    // Leerjaar 2 (V2A) has nobody with both measurements: no shift figures.
    const second = perLeerjaar!.rows.find((row) => row[0] === 'leerjaar 2')!;
    assert.deepEqual(second.slice(6), [0, '—', '—']);
    assert.equal(comparison!.rows.length, 2);
    assert.match(String((report.sections[0]!.blocks[0] as { text: string }).text), new RegExp(`^In schooljaar ${year} werden \\d+ lessen gepland; \\d+ van de \\d+ leerlingen deden mee\\.`));
    assert.ok(report.notes.some((note) => note.includes('"<5"')));
    // No student names anywhere in the report.
    const { rows } = await t.app.database.pool.query<{ display_name: string }>('select display_name from students');
    const text = JSON.stringify(report);
    assert.ok(rows.every((row) => !text.includes(row.display_name)));
  });

  it('writes the same figures into the PDF, the XLSX and the CSV', async () => {
    const pdf = await directie.get(`/api/reports/school-year?year=${year}&format=pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(String(pdf.headers['content-disposition']), new RegExp(`attachment; filename="koers-lob-verslag-${year}\\.pdf"`));
    const text = normalizeSpace(extractPdfText(pdf.rawPayload));
    const summary = (report.sections[0]!.blocks[0] as { text: string }).text;
    assert.ok(text.includes(normalizeSpace(summary).slice(0, 60)), 'the summary sentence is in the PDF');
    const [perLeerjaar] = tables(report);
    for (const row of perLeerjaar!.rows) assert.ok(text.includes(String(row[0])), `${row[0]} in the PDF`);
    assert.ok(text.includes('Pagina 1 van'));

    const xlsx = await directie.get(`/api/reports/school-year?year=${year}&format=xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Per leerjaar')!;
    assert.ok(sheet, 'a sheet per table');
    assert.equal(sheet.getRow(1).getCell(1).value, 'Groep');

    const csv = await directie.get(`/api/reports/school-year?year=${year}&format=csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.ok(csv.body.startsWith('\uFEFF'));
    assert.ok(csv.body.includes('leerjaar 3;'));
  });

  it('is for schoolleiding, decaan and beheerder only, and refuses a wrong school year', async () => {
    assert.equal((await (await signedIn(t.app, 'mentor@demo.koers.nl')).get('/api/reports/school-year')).statusCode, 403);
    assert.equal((await new Client(t.app).get('/api/reports/school-year')).statusCode, 401);
    assert.equal((await directie.get('/api/reports/school-year?year=2026-2028')).statusCode, 400);
    assert.equal((await directie.get('/api/reports/school-year?year=gisteren')).statusCode, 400);
    assert.equal((await directie.get('/api/reports/school-year?format=docx')).statusCode, 400);
    assert.equal((await directie.get('/api/reports/school-year')).statusCode, 200, 'the current school year by default');
  });

  it('shares the report read-only through an expiring link that can be revoked', async () => {
    const created = await directie.post('/api/reports/shares', { schoolYear: year, days: 14 });
    assert.equal(created.statusCode, 201, created.body);
    const share = created.json<ReportShare>();
    assert.match(share.path!, /^\/gedeeld\/verslag\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(share.expiresAt) - Date.parse(share.createdAt)) / 86_400_000;
    assert.equal(Math.round(days), 14);
    const token = share.path!.split('/').pop()!;
    const visitor = new Client(t.app);
    const shared = await visitor.get(`/api/shared/reports/${token}`);
    assert.equal(shared.statusCode, 200, shared.body);
    assert.deepEqual(tables(shared.json<ReportDocument>()), tables(report), 'the same figures as the schoolleiding sees');
    assert.equal((await visitor.get(`/api/shared/reports/${token}?format=pdf`)).headers['content-type'], 'application/pdf');
    // The token is not stored, only its hash; the list never shows it.
    const { rows } = await t.app.database.pool.query<{ token_hash: string }>('select token_hash from report_shares');
    assert.ok(rows.every((row) => row.token_hash !== token && row.token_hash.length === 64));
    const listed = (await directie.get('/api/reports/shares')).json<{ items: ReportShare[] }>().items;
    assert.equal(listed.length, 1);
    assert.equal(listed[0]!.path, undefined);
    // A visitor cannot reach anything else with it.
    assert.equal((await visitor.get('/api/reports/school-year')).statusCode, 401);
    // Revoked (and unknown, malformed, expired) links answer 404.
    assert.equal((await directie.request({ method: 'DELETE', url: `/api/reports/shares/${share.id}` }, true)).statusCode, 204);
    assert.equal((await visitor.get(`/api/shared/reports/${token}`)).statusCode, 404);
    assert.equal((await visitor.get(`/api/shared/reports/${'x'.repeat(43)}`)).statusCode, 404);
    assert.equal((await visitor.get('/api/shared/reports/short')).statusCode, 400);
    const expiring = (await directie.post('/api/reports/shares', { schoolYear: year, days: 1 })).json<ReportShare>();
    await t.app.database.pool.query("update report_shares set expires_at = now() - interval '1 minute' where id = $1", [expiring.id]);
    assert.equal((await visitor.get(`/api/shared/reports/${expiring.path!.split('/').pop()}`)).statusCode, 404);
    for (const body of [{ schoolYear: year, days: 0 }, { schoolYear: year, days: 91 }, { schoolYear: '2026-2028', days: 5 }, { schoolYear: year }]) {
      assert.equal((await directie.post('/api/reports/shares', body)).statusCode, 400, JSON.stringify(body));
    }
    assert.equal((await (await signedIn(t.app, 'mentor@demo.koers.nl')).post('/api/reports/shares', { schoolYear: year, days: 5 })).statusCode, 403);
  });
});
