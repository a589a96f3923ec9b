/**
 * Expiring read-only links to a school-year report. The link carries a random 256-bit token; only
 * its SHA-256 is stored, so the table cannot be used to open a report. Revoked or expired links
 * answer 404 like unknown ones.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { ReportShare, ReportShareInput } from '@koers/contracts';
import type { Db } from '../../db/index';
import { reportShares, staffUsers } from '../../db/schema';
import { ProblemError } from '../../http/problem';

const DAY = 86_400_000;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type Row = typeof reportShares.$inferSelect;
const toShare = (row: Row, createdBy: string | null): ReportShare => ({
  id: row.id,
  schoolYear: row.schoolYear,
  createdBy: createdBy ?? '—',
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/** `actor.name` is the signed-in user's display name, already in the session: no second read. */
export async function createShare(db: Db, actor: { schoolId: string; userId: string; name: string }, input: ReportShareInput, now = new Date()): Promise<ReportShare> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(reportShares)
    .values({ schoolId: actor.schoolId, tokenHash: hashToken(token), schoolYear: input.schoolYear, createdBy: actor.userId, createdAt: now, expiresAt: new Date(now.getTime() + input.days * DAY) })
    .returning();
  return { ...toShare(row!, actor.name), path: `/gedeeld/verslag/${token}` };
}

export async function listShares(db: Db, schoolId: string): Promise<ReportShare[]> {
  const rows = await db
    .select({ share: reportShares, by: staffUsers.displayName })
    .from(reportShares)
    .leftJoin(staffUsers, eq(staffUsers.id, reportShares.createdBy))
    .where(eq(reportShares.schoolId, schoolId))
    .orderBy(desc(reportShares.createdAt));
  return rows.map(({ share, by }) => toShare(share, by));
}

export async function revokeShare(db: Db, schoolId: string, id: string): Promise<void> {
  const revoked = await db
    .update(reportShares)
    .set({ revokedAt: new Date() })
    .where(and(eq(reportShares.id, id), eq(reportShares.schoolId, schoolId), isNull(reportShares.revokedAt)))
    .returning({ id: reportShares.id });
  if (revoked.length === 0) throw new ProblemError(404, 'not_found');
}

/** The school and year a live token opens; 404 for unknown, expired and revoked tokens alike. */
export async function openShare(db: Db, token: string, now = new Date()): Promise<{ schoolId: string; schoolYear: string; createdBy: string | null }> {
  const [row] = await db
    .select({ schoolId: reportShares.schoolId, schoolYear: reportShares.schoolYear, createdBy: reportShares.createdBy })
    .from(reportShares)
    .where(and(eq(reportShares.tokenHash, hashToken(token)), isNull(reportShares.revokedAt), gt(reportShares.expiresAt, now)));
  if (!row) throw new ProblemError(404, 'not_found');
  return row;
}
