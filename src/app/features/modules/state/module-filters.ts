import { NIVEAUS, SECTORS, type ModuleFilters, type Niveau, type Sector } from '@koers/contracts';

/** The library's filters as they live in the URL query (every value a string, or absent). */
export interface FilterParams {
  readonly q?: string | null;
  readonly type?: string | null;
  readonly sector?: string | null;
  readonly niveau?: string | null;
  readonly status?: string | null;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/** URL query → API filters; unknown values (an old or edited link) are ignored, not sent. */
export function filtersFromParams(params: FilterParams): ModuleFilters {
  const q = params.q?.trim();
  const filters: { -readonly [K in keyof ModuleFilters]: ModuleFilters[K] } = {};
  if (q) filters.q = q.slice(0, 100);
  const type = oneOf(['video', 'game'] as const, params.type);
  if (type) filters.type = type;
  const sector = oneOf<Sector>(SECTORS, params.sector);
  if (sector) filters.sector = sector;
  const niveau = oneOf<Niveau>(NIVEAUS, params.niveau);
  if (niveau) filters.niveau = niveau;
  const status = oneOf(['draft', 'published'] as const, params.status);
  if (status) filters.status = status;
  return filters;
}

/** API filters → query params for `router.navigate`; `null` removes a param from the URL. */
export function paramsFromFilters(filters: ModuleFilters): Record<string, string | null> {
  return {
    q: filters.q ?? null,
    type: filters.type ?? null,
    sector: filters.sector ?? null,
    niveau: filters.niveau ?? null,
    status: filters.status ?? null,
  };
}

export const hasFilters = (filters: ModuleFilters) => Object.keys(filters).length > 0;
