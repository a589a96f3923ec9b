import type { FastifyInstance, FastifyReply } from 'fastify';
import { REPORT_SHARE_MAX_DAYS, type ReportDocument, type ReportShare, type ReportShareInput, type ReportTable } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { uuidParams } from '../../http/schemas';
import { createShare, listShares, openShare, revokeShare } from './shares';
import { fieldProblem } from '../../http/problem';
import { renderCsv } from './render-csv';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';
import { SCHOOL_YEAR, schoolYearOf, schoolYearRange, schoolYearReport } from './school-year';

const FORMATS = ['json', 'pdf', 'xlsx', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const reportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { year: { type: 'string', pattern: SCHOOL_YEAR.source }, format: { enum: FORMATS } },
} as const;

/** Every table of the report in one CSV, with the table's caption as first column. */
export function combinedTable(report: ReportDocument): ReportTable {
  const tables = report.sections.flatMap((section) => section.blocks).filter((block): block is ReportTable => block.kind === 'table');
  const width = Math.max(...tables.map((table) => table.columns.length));
  const pad = <T>(cells: readonly T[]) => [...cells, ...new Array<string>(width - cells.length).fill('')];
  return {
    kind: 'table',
    caption: report.title,
    sheetName: 'Verslag',
    columns: ['Tabel', ...pad(tables[0]?.columns ?? [])],
    rows: tables.flatMap((table) => [['', ...pad(table.columns)], ...table.rows.map((row) => [table.caption, ...pad(row)])]),
  };
}

async function sendReport(reply: FastifyReply, report: ReportDocument, year: string, format: Format) {
  const name = `koers-lob-verslag-${year}`;
  const download = (type: string, extension: string, body: Buffer | string) =>
    reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}.${extension}"`).header('cache-control', 'no-store').send(body);
  switch (format) {
    case 'pdf':
      return download('application/pdf', 'pdf', await renderPdf(report));
    case 'xlsx':
      return download('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', await renderXlsx(report));
    case 'csv':
      return download('text/csv; charset=utf-8', 'csv', renderCsv(combinedTable(report)));
    default:
      return reply.header('cache-control', 'no-store').send(report);
  }
}

const shareInput = {
  type: 'object',
  additionalProperties: false,
  required: ['schoolYear', 'days'],
  properties: { schoolYear: { type: 'string', pattern: SCHOOL_YEAR.source }, days: { type: 'integer', minimum: 1, maximum: REPORT_SHARE_MAX_DAYS } },
} as const;
const tokenParams = { type: 'object', required: ['token'], additionalProperties: false, properties: { token: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } } } as const;
const formatQuery = { type: 'object', additionalProperties: false, properties: { format: { enum: FORMATS } } } as const;
const checkYear = (year: string) => {
  if (!schoolYearRange(year)) throw fieldProblem('/year', { nl: 'Een schooljaar schrijf je als 2026-2027.', en: 'Write a school year as 2026-2027.' });
};

/** The schoolleiding's year report as JSON (for the page), PDF, XLSX or CSV, and expiring read-only links to it. */
export async function reportRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;
  app.get<{ Querystring: { year?: string; format?: Format } }>(
    '/api/reports/school-year',
    { config: { access: ['schoolleiding', 'decaan', 'beheerder'] }, schema: { querystring: reportQuery } },
    async (request, reply) => {
      const year = request.query.year ?? schoolYearOf(new Date());
      checkYear(year);
      const auth = authOf(request);
      return sendReport(reply, await schoolYearReport(db, { schoolId: auth.schoolId, userId: auth.user.id }, year), year, request.query.format ?? 'json');
    },
  );

  app.get<{ Reply: { items: ReportShare[] } }>('/api/reports/shares', { config: { access: ['schoolleiding', 'decaan'] } }, async (request) => ({
    items: await listShares(db, authOf(request).schoolId),
  }));

  app.post<{ Body: ReportShareInput; Reply: ReportShare }>('/api/reports/shares', { config: { access: ['schoolleiding', 'decaan'] }, schema: { body: shareInput } }, async (request, reply) => {
    checkYear(request.body.schoolYear);
    const auth = authOf(request);
    return reply.code(201).send(await createShare(db, { schoolId: auth.schoolId, userId: auth.user.id, name: auth.user.displayName }, request.body));
  });

  app.delete<{ Params: { id: string } }>('/api/reports/shares/:id', { config: { access: ['schoolleiding', 'decaan'] }, schema: { params: uuidParams } }, async (request, reply) => {
    await revokeShare(db, authOf(request).schoolId, request.params.id);
    return reply.code(204).send();
  });

  // Anyone with a live link may read the aggregated report (no names in it); nothing else.
  app.get<{ Params: { token: string }; Querystring: { format?: Format } }>(
    '/api/shared/reports/:token',
    { config: { access: 'public' }, schema: { params: tokenParams, querystring: formatQuery } },
    async (request, reply) => {
      const share = await openShare(db, request.params.token);
      const report = await schoolYearReport(db, { schoolId: share.schoolId, userId: share.createdBy ?? '' }, share.schoolYear);
      return sendReport(reply, report, share.schoolYear, request.query.format ?? 'json');
    },
  );
}
