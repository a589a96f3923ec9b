import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type SessionUser, type StaffRole } from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, schools, sessions, staffRoles, staffUsers, students } from '../../db/schema';
import type { Auth } from '../../http/context';
import { isApiPath } from '../../http/context';

/** A session ends after 8 hours without requests, and 12 hours after sign-in in any case. */
export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionSubject = { readonly staffUserId: string } | { readonly studentId: string };

interface SessionRow {
  readonly id: string;
  readonly schoolId: string;
  readonly staffUserId: string | null;
  readonly studentId: string | null;
  readonly lastSeenAt: Date;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Stores a new session and returns the cookie token (only its hash is stored). */
export async function createSession(db: Db, schoolId: string, subject: SessionSubject): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = sessionIdOf(token);
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  await db.insert(sessions).values({
    id,
    schoolId,
    staffUserId: 'staffUserId' in subject ? subject.staffUserId : null,
    studentId: 'studentId' in subject ? subject.studentId : null,
    expiresAt: new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
  });
  return { token, id };
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** The signed-in user behind a cookie token, or null when the session is unknown or expired. */
export async function findSession(db: Db, token: string): Promise<Auth | null> {
  const id = sessionIdOf(token);
  const idleCutoff = new Date(Date.now() - IDLE_TIMEOUT_MS);
  const [row] = await db
    .select({
      id: sessions.id,
      schoolId: sessions.schoolId,
      staffUserId: sessions.staffUserId,
      studentId: sessions.studentId,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), gt(sessions.lastSeenAt, idleCutoff)));
  if (!row) return null;
  const user = await loadSessionUser(db, row);
  if (!user) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  }
  return { sessionId: id, schoolId: row.schoolId, user };
}

function loadSessionUser(db: Db, row: SessionRow): Promise<SessionUser | null> {
  if (row.staffUserId) return loadStaffUser(db, row.staffUserId, row.schoolId);
  if (row.studentId) return loadStudentUser(db, row.studentId, row.schoolId);
  return Promise.resolve(null);
}

/** A staff user as the SPA sees them; null when deactivated or not of this school. */
export async function loadStaffUser(db: Db, staffUserId: string, schoolId: string): Promise<SessionUser | null> {
  const [user] = await db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, schoolName: schools.name })
    .from(staffUsers)
    .innerJoin(schools, eq(schools.id, staffUsers.schoolId))
    .where(and(eq(staffUsers.id, staffUserId), eq(staffUsers.schoolId, schoolId), eq(staffUsers.active, true)));
  if (!user) return null;
  const roles = await db
    .select({ role: staffRoles.role })
    .from(staffRoles)
    .where(and(eq(staffRoles.staffUserId, staffUserId), eq(staffRoles.schoolId, schoolId)))
    .orderBy(staffRoles.role);
  return {
    kind: 'staff',
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    roles: roles.map((entry): StaffRole => entry.role),
    school: { id: schoolId, name: user.schoolName },
  };
}

/** A student as the SPA sees them; null when archived or not of this school. */
export async function loadStudentUser(db: Db, studentId: string, schoolId: string): Promise<SessionUser | null> {
  const [student] = await db
    .select({
      id: students.id,
      displayName: students.displayName,
      classId: classes.id,
      className: classes.name,
      schoolName: schools.name,
    })
    .from(students)
    .innerJoin(classes, eq(classes.id, students.classId))
    .innerJoin(schools, eq(schools.id, students.schoolId))
    .where(and(eq(students.id, studentId), eq(students.schoolId, schoolId), isNull(students.archivedAt)));
  if (!student) return null;
  return {
    kind: 'student',
    id: student.id,
    displayName: student.displayName,
    roles: ['leerling'],
    school: { id: schoolId, name: student.schoolName },
    classId: student.classId,
    className: student.className,
  };
}

export interface SessionCookieOptions {
  readonly secureCookie: boolean;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: options.secureCookie,
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', path: '/', secure: options.secureCookie });
}

/** onRequest hook: loads `request.auth` for API requests; drops a cookie whose session is gone. */
export function sessionHook(db: Db, options: SessionCookieOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.auth = null;
    if (!isApiPath(request.url)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.auth = await findSession(db, token);
    if (!request.auth) clearSessionCookie(reply, options);
  };
}
