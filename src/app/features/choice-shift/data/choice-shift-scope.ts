import type { ChoiceShiftScope } from '@koers/contracts';

/** The scope fields in a fixed order: the API's query names. */
const SCOPE_FIELDS = ['classId', 'leerjaar', 'niveau', 'lessonId', 'scheduleId', 'pairingId', 'from', 'to'] as const;
type ScopeField = (typeof SCOPE_FIELDS)[number];

/** The page's URL query names (Dutch, readable in a shared link) for each scope field. */
export const SCOPE_QUERY_NAMES: Readonly<Record<ScopeField, string>> = {
  classId: 'klas',
  leerjaar: 'leerjaar',
  niveau: 'niveau',
  lessonId: 'les',
  scheduleId: 'planning',
  pairingId: 'koppeling',
  from: 'van',
  to: 'tot',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The scope without empty fields, as API query parameters (fields in a fixed order). */
export function scopeParams(scope: ChoiceShiftScope): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of SCOPE_FIELDS) {
    const value = scope[field];
    if (value !== undefined && value !== null && value !== '') params[field] = String(value);
  }
  return params;
}

/** A stable key for one scope: the same filters in any order give the same key. */
export function scopeKey(scope: ChoiceShiftScope): string {
  return new URLSearchParams(scopeParams(scope)).toString() || 'all';
}

/** Reads the page's URL query (`?klas=&leerjaar=&niveau=&les=&planning=&koppeling=&van=&tot=`); ignores malformed values. */
export function scopeFromQuery(query: { get(name: string): string | null }): ChoiceShiftScope {
  const text = (field: ScopeField) => query.get(SCOPE_QUERY_NAMES[field])?.trim() || undefined;
  const leerjaar = Number(text('leerjaar'));
  const date = (field: 'from' | 'to') => {
    const value = text(field);
    return value && ISO_DATE.test(value) ? value : undefined;
  };
  const scope: ChoiceShiftScope = {
    classId: text('classId'),
    leerjaar: Number.isInteger(leerjaar) && leerjaar >= 1 && leerjaar <= 6 ? leerjaar : undefined,
    niveau: text('niveau'),
    lessonId: text('lessonId'),
    scheduleId: text('scheduleId'),
    pairingId: text('pairingId'),
    from: date('from'),
    to: date('to'),
  };
  return withoutEmpty(scope);
}

/** The URL query for a scope; empty fields are `null` so the router drops them. */
export function queryFromScope(scope: ChoiceShiftScope): Record<string, string | null> {
  const params = scopeParams(scope);
  return Object.fromEntries(SCOPE_FIELDS.map((field) => [SCOPE_QUERY_NAMES[field], params[field] ?? null]));
}

function withoutEmpty(scope: ChoiceShiftScope): ChoiceShiftScope {
  return Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined)) as ChoiceShiftScope;
}
