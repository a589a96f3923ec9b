import { NIVEAUS, type Niveau } from '@koers/contracts';

/** The filters of the school dashboard: the API's query (`GET /api/dashboards/school`). */
export interface SchoolDashboardFilters {
  readonly leerjaar?: number;
  readonly niveau?: Niveau;
  /** ISO dates (yyyy-mm-dd), inclusive. */
  readonly from?: string;
  readonly to?: string;
}

const FIELDS = ['leerjaar', 'niveau', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];

/** The page's URL query names (Dutch, readable in a shared link). */
export const FILTER_QUERY_NAMES: Readonly<Record<Field, string>> = { leerjaar: 'leerjaar', niveau: 'niveau', from: 'van', to: 'tot' };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Reads `?leerjaar=&niveau=&van=&tot=`; malformed values are left out. */
export function filtersFromQuery(query: { get(name: string): string | null }): SchoolDashboardFilters {
  const text = (field: Field) => query.get(FILTER_QUERY_NAMES[field])?.trim() || undefined;
  const leerjaar = Number(text('leerjaar'));
  const niveau = text('niveau');
  const date = (field: 'from' | 'to') => {
    const value = text(field);
    return value && ISO_DATE.test(value) ? value : undefined;
  };
  return withoutEmpty({
    leerjaar: Number.isInteger(leerjaar) && leerjaar >= 1 && leerjaar <= 6 ? leerjaar : undefined,
    niveau: NIVEAUS.find((candidate) => candidate === niveau),
    from: date('from'),
    to: date('to'),
  });
}

/** The URL query for the filters; empty fields are `null` so the router drops them. */
export function queryFromFilters(filters: SchoolDashboardFilters): Record<string, string | null> {
  const params = filterParams(filters);
  return Object.fromEntries(FIELDS.map((field) => [FILTER_QUERY_NAMES[field], params[field] ?? null]));
}

/** The filters without empty fields, as API query parameters in a fixed order. */
export function filterParams(filters: SchoolDashboardFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = filters[field];
    if (value !== undefined && value !== null && value !== '') params[field] = String(value);
  }
  return params;
}

/** True when any filter is set. */
export function hasFilters(filters: SchoolDashboardFilters): boolean {
  return Object.keys(filterParams(filters)).length > 0;
}

/** Same filters, whatever the key order. */
export function sameFilters(a: SchoolDashboardFilters, b: SchoolDashboardFilters): boolean {
  return new URLSearchParams(filterParams(a)).toString() === new URLSearchParams(filterParams(b)).toString();
}

/** True when both dates are set and the end lies before the start. */
export function datesReversed(filters: Pick<SchoolDashboardFilters, 'from' | 'to'>): boolean {
  return !!filters.from && !!filters.to && filters.from > filters.to;
}

function withoutEmpty(filters: SchoolDashboardFilters): SchoolDashboardFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as SchoolDashboardFilters;
}
