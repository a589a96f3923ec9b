import { sql } from 'drizzle-orm';
import type { ModuleRatings } from '@koers/contracts';
import type { Db } from '../../db/index';

/**
 * Students' ratings of one module (all versions), from the derived `module_ratings` table that
 * statement ingestion fills: counts and the latest comments, never who gave them.
 */
export async function moduleRatings(db: Db, schoolId: string, moduleId: string): Promise<ModuleRatings> {
  const totals = await db.execute<{ realism: number | null; learned: string | null; count: number }>(sql`
    select realism, learned, count(*)::int as count
      from module_ratings
     where school_id = ${schoolId} and module_id = ${moduleId}
     group by realism, learned`);
  const comments = await db.execute<{ text: string; rated_at: Date; version: number }>(sql`
    select comment as text, rated_at, module_version as version
      from module_ratings
     where school_id = ${schoolId} and module_id = ${moduleId} and comment is not null and comment <> ''
     order by rated_at desc
     limit 20`);
  const realismCounts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const learned = { ja: 0, 'een-beetje': 0, nee: 0 };
  let count = 0;
  for (const row of totals.rows) {
    count += row.count;
    if (row.realism !== null && row.realism >= 1 && row.realism <= 5) realismCounts[row.realism - 1] += row.count;
    if (row.learned === 'ja' || row.learned === 'een-beetje' || row.learned === 'nee') learned[row.learned] += row.count;
  }
  const rated = realismCounts.reduce((sum, n) => sum + n, 0);
  const realismMean = rated === 0 ? null : Math.round((realismCounts.reduce((sum, n, i) => sum + n * (i + 1), 0) / rated) * 10) / 10;
  return {
    count,
    realismMean,
    realismCounts,
    learned,
    comments: comments.rows.map((row) => ({ text: row.text, ratedAt: new Date(row.rated_at).toISOString(), version: row.version })),
  };
}
