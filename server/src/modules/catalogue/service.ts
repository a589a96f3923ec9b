/**
 * The opleidingen catalogue: reference data shared by every school, kept in line with the shipped
 * catalogue (server/src/db/seed/demo-catalogue.ts) at start-up, and searched by students in the
 * keuzemeting and by the decaan when entering a value.
 */
import { and, asc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { CrohoSector, MboDomein, Opleiding, OpleidingSearchResult, OpleidingType, Sector } from '@koers/contracts';
import type { Db } from '../../db/index';
import { opleidingen } from '../../db/schema';
import { DEMO_OPLEIDINGEN } from '../../db/seed/demo-catalogue';

const searchTextOf = (row: { name: string; code: string | null; beroepen: readonly string[] }) =>
  [row.name, row.code ?? '', ...row.beroepen].join(' ').toLowerCase();

/** Inserts new catalogue rows and updates changed ones by their stable key; never deletes (measurements refer to them). */
export async function ensureCatalogue(db: Db): Promise<void> {
  const rows = DEMO_OPLEIDINGEN.map((row) => ({
    key: row.key,
    type: row.type,
    name: row.name,
    code: row.code,
    niveau: row.niveau,
    mboDomein: row.mboDomein,
    crohoSector: row.crohoSector,
    sector: row.sector,
    beroepen: [...row.beroepen],
    searchText: searchTextOf(row),
  }));
  if (rows.length === 0) return;
  await db
    .insert(opleidingen)
    .values(rows)
    .onConflictDoUpdate({
      target: opleidingen.key,
      set: {
        type: sql`excluded.type`,
        name: sql`excluded.name`,
        code: sql`excluded.code`,
        niveau: sql`excluded.niveau`,
        mboDomein: sql`excluded.mbo_domein`,
        crohoSector: sql`excluded.croho_sector`,
        sector: sql`excluded.sector`,
        beroepen: sql`excluded.beroepen`,
        searchText: sql`excluded.search_text`,
      },
    });
}

type Row = typeof opleidingen.$inferSelect;

export function toOpleiding(row: Row): Opleiding {
  return {
    id: row.id,
    type: row.type as OpleidingType,
    name: row.name,
    code: row.code,
    niveau: row.niveau as Opleiding['niveau'],
    mboDomein: row.mboDomein as MboDomein | null,
    crohoSector: row.crohoSector as CrohoSector | null,
    sector: row.sector,
    beroepen: row.beroepen,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Every word of `q` must occur in the name, code or beroepen; names that start with `q` first. */
export async function searchOpleidingen(db: Db, query: { q?: string; sector?: Sector; type?: OpleidingType; limit?: number }): Promise<OpleidingSearchResult> {
  const conditions: SQL[] = [];
  const q = (query.q ?? '').trim().toLowerCase();
  for (const word of q.split(/\s+/).filter(Boolean).slice(0, 6)) conditions.push(ilike(opleidingen.searchText, `%${escapeLike(word)}%`));
  if (query.sector) conditions.push(eq(opleidingen.sector, query.sector));
  if (query.type) conditions.push(eq(opleidingen.type, query.type));
  const where = conditions.length ? and(...conditions) : undefined;
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(opleidingen).where(where);
  const rows = await db
    .select()
    .from(opleidingen)
    .where(where)
    .orderBy(sql`case when lower(${opleidingen.name}) like ${`${escapeLike(q)}%`} then 0 else 1 end`, asc(opleidingen.name))
    .limit(query.limit ?? 20);
  return { items: rows.map(toOpleiding), total: Number(count?.total ?? 0) };
}
