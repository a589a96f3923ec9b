/**
 * The schoolleiding's report per school year (issue 7), as a ReportDocument: one source for the page,
 * the PDF, the XLSX and the CSV. Aggregates only: a group of fewer than 10 students gets no figures
 * at all, counts of 1–4 read "<5" (with the secondary suppression of the choice-shift tables), and
 * the choice shift needs 10 paired students.
 */
import { eq } from 'drizzle-orm';
import { MIN_PAIRED_FOR_STATISTICS, earlierSchoolYear, schoolYearRange, type GroupFigures, type ReportBarChart, type ReportCell, type ReportDocument, type ReportTable, type SchoolDashboard } from '@koers/contracts';
import type { Db } from '../../db/index';
import { schools } from '../../db/schema';
import { schoolDashboard } from '../dashboards/school';
import { MISSING, formatShare } from './format';

/** A school year runs from 1 August to 31 July: "2026-2027" (defined in contracts, shared with the SPA). */
export { SCHOOL_YEAR, schoolYearOf, schoolYearRange } from '@koers/contracts';

/** Groups smaller than this get no figures in the report. */
export const MIN_GROUP_SIZE = 10;

const count = (value: number | '<5'): ReportCell => value;
const share = (part: number | '<5', whole: number): ReportCell => (typeof part === 'number' && whole > 0 ? formatShare(part / whole) : MISSING);
const signed = (share: number) => {
  const value = Math.round(share * 100);
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
};
const points = (difference: number | null) => (difference === null ? MISSING : `${signed(difference)} procentpunt`);
const interval = (ci: readonly [number, number] | null) => (ci ? `${signed(ci[0])} tot ${signed(ci[1])}` : MISSING);

function groupRow(group: GroupFigures): ReportCell[] {
  if (group.students < MIN_GROUP_SIZE) return [group.label.nl, '<10', MISSING, MISSING, MISSING, MISSING, MISSING, MISSING, MISSING];
  const shift = group.shift;
  return [
    group.label.nl,
    group.students,
    count(group.reached),
    share(group.reached, group.students),
    share(group.completed, group.students),
    group.realismMean === null ? MISSING : Math.round(group.realismMean * 10) / 10,
    shift.nPaired >= 1 && shift.nPaired <= 4 ? '<5' : shift.nPaired,
    shift.suppressed ? MISSING : `${formatShare(shift.before ?? 0)} / ${formatShare(shift.after ?? 0)}`,
    shift.suppressed ? MISSING : `${points(shift.difference)} (${interval(shift.differenceCi)})`,
  ];
}

const GROUP_COLUMNS = ['Groep', 'Leerlingen', 'Bereikt', 'Bereik', 'Afgerond', 'Echtheid (1–5)', 'Gekoppeld', 'Kansrijk voor / na', 'Verschil (95%-interval)'];

function groupTable(caption: string, sheetName: string, groups: readonly GroupFigures[]): ReportTable {
  return { kind: 'table', caption, sheetName, columns: GROUP_COLUMNS, rows: groups.map(groupRow) };
}

function shiftChart(groups: readonly GroupFigures[]): ReportBarChart {
  const shown = groups.filter((group) => group.students >= MIN_GROUP_SIZE);
  const value = (group: GroupFigures, side: 'before' | 'after') => (group.shift.suppressed ? null : group.shift[side]);
  const described = shown.filter((group) => !group.shift.suppressed);
  return {
    kind: 'bar-chart',
    caption: 'Aandeel leerlingen met een kansrijke eerste keuze, voor en na, per leerjaar',
    summary: described.length
      ? described.map((group) => `${group.label.nl}: ${formatShare(group.shift.before ?? 0)} voor, ${formatShare(group.shift.after ?? 0)} na`).join('; ') + '.'
      : `Geen leerjaar heeft ${MIN_PAIRED_FOR_STATISTICS} of meer gekoppelde leerlingen; daarom geen cijfers.`,
    unit: '%',
    categories: shown.map((group) => group.label.nl),
    series: [
      { name: 'Voor', values: shown.map((group) => value(group, 'before')) },
      { name: 'Na', values: shown.map((group) => value(group, 'after')) },
    ],
  };
}

function summarySentence(schoolYear: string, dashboard: SchoolDashboard): string {
  const school = dashboard.school;
  const lessons = school.scheduleIds.length;
  if (school.students < MIN_GROUP_SIZE) return `In schooljaar ${schoolYear} zijn de groepen te klein om cijfers te tonen.`;
  const reached = typeof school.reached === 'number' ? `${school.reached} van de ${school.students} leerlingen` : `minder dan 5 van de ${school.students} leerlingen`;
  const shift = school.shift.suppressed
    ? `Er zijn minder dan ${MIN_PAIRED_FOR_STATISTICS} leerlingen met een keuzemeting vooraf én achteraf, dus nog geen cijfers over de keuzeverschuiving.`
    : `Van de ${school.shift.nPaired} leerlingen met een keuzemeting vooraf én achteraf koos vooraf ${formatShare(school.shift.before ?? 0)} een kansrijke opleiding, achteraf ${formatShare(school.shift.after ?? 0)} (verschil ${points(school.shift.difference)}, 95%-betrouwbaarheidsinterval ${interval(school.shift.differenceCi)}).`;
  return `In schooljaar ${schoolYear} werden ${lessons} ${lessons === 1 ? 'les' : 'lessen'} gepland; ${reached} deden mee. ${shift}`;
}

function comparisonTable(schoolYear: string, current: SchoolDashboard, previous: SchoolDashboard): ReportTable {
  const row = (year: string, dashboard: SchoolDashboard): ReportCell[] => {
    const school = dashboard.school;
    if (school.students < MIN_GROUP_SIZE) return [year, MISSING, MISSING, MISSING, MISSING, MISSING];
    return [
      year,
      school.scheduleIds.length,
      share(school.reached, school.students),
      share(school.completed, school.students),
      school.shift.nPaired >= 1 && school.shift.nPaired <= 4 ? '<5' : school.shift.nPaired,
      school.shift.suppressed ? MISSING : points(school.shift.difference),
    ];
  };
  return {
    kind: 'table',
    caption: 'Vergelijking met het vorige schooljaar',
    sheetName: 'Vergelijking',
    columns: ['Schooljaar', 'Geplande lessen', 'Bereik', 'Afgerond', 'Gekoppeld', 'Verschil kansrijk'],
    rows: [row(earlierSchoolYear(schoolYear), previous), row(schoolYear, current)],
  };
}

export async function schoolYearReport(db: Db, viewer: { schoolId: string; userId: string }, schoolYear: string, now = new Date()): Promise<ReportDocument> {
  if (!schoolYearRange(schoolYear)) throw new RangeError(`not a school year: ${schoolYear}`);
  const who = { ...viewer, schoolWide: true };
  const current = await schoolDashboard(db, who, { schoolYear }, 'groups');
  const previous = await schoolDashboard(db, who, { schoolYear: earlierSchoolYear(schoolYear) }, 'groups');
  const [school] = await db.select({ name: schools.name }).from(schools).where(eq(schools.id, viewer.schoolId));
  return {
    title: `LOB-verslag schooljaar ${schoolYear}`,
    subtitle: 'Bereik, betrokkenheid en keuzeverschuiving naar kansrijke opleidingen',
    school: school?.name ?? '',
    generatedAt: now.toISOString(),
    sections: [
      { heading: 'Samenvatting', blocks: [{ kind: 'paragraph', text: summarySentence(schoolYear, current), emphasis: true }] },
      {
        heading: 'Per leerjaar',
        blocks: [groupTable('Bereik, betrokkenheid en keuzeverschuiving per leerjaar', 'Per leerjaar', current.byLeerjaar), shiftChart(current.byLeerjaar)],
      },
      { heading: 'Per niveau', blocks: [groupTable('Bereik, betrokkenheid en keuzeverschuiving per niveau', 'Per niveau', current.byNiveau)] },
      { heading: 'Vergelijking', blocks: [comparisonTable(schoolYear, current, previous)] },
    ],
    notes: [
      `Groepen met minder dan ${MIN_GROUP_SIZE} leerlingen krijgen geen cijfers ("<10"); aantallen van 1 tot en met 4 staan er als "<5".`,
      `De keuzeverschuiving telt alleen leerlingen met een keuzemeting vooraf én achteraf, en pas vanaf ${MIN_PAIRED_FOR_STATISTICS} van zulke leerlingen.`,
      '"Kansrijk" volgt de kansrijk-regel van de school en de arbeidsmarktgegevens met bron en jaar die golden op het moment van de meting vooraf (zie Arbeidsmarkt in Koers).',
      'Zonder vergelijkingsgroep weten we niet zeker of een verschuiving door de lessen komt.',
    ],
  };
}
