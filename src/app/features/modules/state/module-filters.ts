import { NIVEAUS, SECTORS, type ModuleFilters, type Niveau, type Sector } from '@koers/contracts';

/** The library's filters as they live in the URL query (every value a string, or absent). */
export interface FilterParams {
  readonly q?: string | null;
  readonly type?: string | null;
  readonly sector?: string | null;
  readonly niveau?: string | null;
  readonly status?: string | null;
  readonly leerjaar?: string | null;
  readonly maxMinutes?: string | null;
  readonly opleiding?: string | null;
  readonly quality?: string | null;
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
  const leerjaar = Number(params.leerjaar);
  if (Number.isInteger(leerjaar) && leerjaar >= 1 && leerjaar <= 6) filters.leerjaar = leerjaar;
  const maxMinutes = Number(params.maxMinutes);
  if (Number.isInteger(maxMinutes) && maxMinutes >= 1 && maxMinutes <= 120) filters.maxMinutes = maxMinutes;
  const opleiding = params.opleiding?.trim();
  if (opleiding) filters.opleiding = opleiding.slice(0, 120);
  const quality = oneOf(['complete', 'incomplete'] as const, params.quality);
  if (quality) filters.quality = quality;
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
    leerjaar: filters.leerjaar === undefined ? null : String(filters.leerjaar),
    maxMinutes: filters.maxMinutes === undefined ? null : String(filters.maxMinutes),
    opleiding: filters.opleiding ?? null,
    quality: filters.quality ?? null,
  };
}

export const hasFilters = (filters: ModuleFilters) => Object.keys(filters).length > 0;
