import type { FastifyInstance } from 'fastify';
import type { ReportDocument, ReportTable } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
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

/** The schoolleiding's year report as JSON (for the page), PDF, XLSX or CSV. */
export async function reportRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app.get<{ Querystring: { year?: string; format?: Format } }>(
    '/api/reports/school-year',
    { config: { access: ['schoolleiding', 'decaan', 'beheerder'] }, schema: { querystring: reportQuery } },
    async (request, reply) => {
      const year = request.query.year ?? schoolYearOf(new Date());
      if (!schoolYearRange(year)) throw fieldProblem('/year', { nl: 'Een schooljaar schrijf je als 2026-2027.', en: 'Write a school year as 2026-2027.' });
      const auth = authOf(request);
      const report = await schoolYearReport(options.db, { schoolId: auth.schoolId, userId: auth.user.id }, year);
      const name = `koers-lob-verslag-${year}`;
      const download = (type: string, extension: string, body: Buffer | string) =>
        reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}.${extension}"`).header('cache-control', 'no-store').send(body);
      switch (request.query.format ?? 'json') {
        case 'pdf':
          return download('application/pdf', 'pdf', await renderPdf(report));
        case 'xlsx':
          return download('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', await renderXlsx(report));
        case 'csv':
          return download('text/csv; charset=utf-8', 'csv', renderCsv(combinedTable(report)));
        default:
          return report;
      }
    },
  );
}
