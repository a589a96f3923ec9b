import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ClassDetail, ClassSummary, Niveau, StudentSummary } from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, mentorAssignments, staffUsers, students } from '../../db/schema';

/** Written out: Drizzle drops table qualifiers inside a single-table select, which would make
 *  the correlated subquery compare students with themselves. */
const activeStudentCount = sql<number>`(
  select count(*)::int from students s where s.class_id = "classes"."id" and s.archived_at is null
)`;

interface ClassRow {
  readonly id: string;
  readonly name: string;
  readonly niveau: Niveau;
  readonly leerjaar: number;
  readonly studentCount: number;
}

/** The school's classes; with `mentorId`, only the classes that staff user mentors. */
export async function listClasses(db: Db, schoolId: string, mentorId: string | null): Promise<ClassSummary[]> {
  const ownClasses = mentorId
    ? inArray(classes.id, db.select({ id: mentorAssignments.classId }).from(mentorAssignments).where(eq(mentorAssignments.staffUserId, mentorId)))
    : undefined;
  const rows: ClassRow[] = await db
    .select({ id: classes.id, name: classes.name, niveau: classes.niveau, leerjaar: classes.leerjaar, studentCount: activeStudentCount })
    .from(classes)
    .where(and(eq(classes.schoolId, schoolId), ownClasses))
    .orderBy(asc(classes.leerjaar), asc(classes.name));
  const mentors = await mentorNames(db, schoolId, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, mentors: mentors.get(row.id) ?? [] }));
}

/** A class of this school with its students, or null (also for another school's class). */
export async function findClass(db: Db, schoolId: string, classId: string): Promise<ClassDetail | null> {
  const [row] = await db
    .select({
      id: classes.id,
      name: classes.name,
      niveau: classes.niveau,
      leerjaar: classes.leerjaar,
      classCode: classes.classCode,
      studentCount: activeStudentCount,
    })
    .from(classes)
    .where(and(eq(classes.id, classId), eq(classes.schoolId, schoolId)));
  if (!row) return null;
  const roster: StudentSummary[] = await db
    .select({ id: students.id, displayName: students.displayName, personalCode: students.personalCode })
    .from(students)
    .where(and(eq(students.classId, classId), eq(students.schoolId, schoolId), isNull(students.archivedAt)))
    .orderBy(asc(students.displayName), asc(students.id));
  const mentors = await mentorNames(db, schoolId, [classId]);
  return { ...row, mentors: mentors.get(classId) ?? [], students: roster };
}

export async function isMentorOf(db: Db, staffUserId: string, classId: string): Promise<boolean> {
  const [row] = await db
    .select({ classId: mentorAssignments.classId })
    .from(mentorAssignments)
    .where(and(eq(mentorAssignments.staffUserId, staffUserId), eq(mentorAssignments.classId, classId)));
  return row !== undefined;
}

/** Display names of the mentors of each class, sorted. */
async function mentorNames(db: Db, schoolId: string, classIds: readonly string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (classIds.length === 0) return names;
  const rows = await db
    .select({ classId: mentorAssignments.classId, name: staffUsers.displayName })
    .from(mentorAssignments)
    .innerJoin(staffUsers, eq(staffUsers.id, mentorAssignments.staffUserId))
    .where(and(eq(mentorAssignments.schoolId, schoolId), inArray(mentorAssignments.classId, [...classIds])))
    .orderBy(asc(staffUsers.displayName));
  for (const row of rows) names.set(row.classId, [...(names.get(row.classId) ?? []), row.name]);
  return names;
}
