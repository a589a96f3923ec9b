import { and, eq, isNull } from 'drizzle-orm';
import type { ClassCodeResponse } from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, schools, staffUsers, students } from '../../db/schema';
import { verifyAgainstDummy, verifyPassword } from './password';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Class and personal codes are typed by students: ignore case and surrounding spaces. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The active staff user with this e-mail and password, or null (same timing either way). */
export async function authenticateStaff(db: Db, email: string, password: string): Promise<{ id: string; schoolId: string } | null> {
  const [user] = await db
    .select({ id: staffUsers.id, schoolId: staffUsers.schoolId, passwordHash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(and(eq(staffUsers.email, normalizeEmail(email)), eq(staffUsers.active, true)));
  if (!user) return verifyAgainstDummy(password).then(() => null);
  return (await verifyPassword(password, user.passwordHash)) ? { id: user.id, schoolId: user.schoolId } : null;
}

export async function findClassByCode(db: Db, classCode: string): Promise<(ClassCodeResponse & { id: string; schoolId: string }) | null> {
  const [found] = await db
    .select({
      id: classes.id,
      schoolId: classes.schoolId,
      classCode: classes.classCode,
      className: classes.name,
      schoolName: schools.name,
    })
    .from(classes)
    .innerJoin(schools, eq(schools.id, classes.schoolId))
    .where(eq(classes.classCode, normalizeCode(classCode)));
  return found ?? null;
}

/** The (not archived) student of that class with this personal code, or null. */
export async function findStudentByCode(db: Db, classId: string, personalCode: string): Promise<{ id: string } | null> {
  const [student] = await db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.classId, classId), eq(students.personalCode, normalizeCode(personalCode)), isNull(students.archivedAt)));
  return student ?? null;
}
