import { asc, eq, sql } from 'drizzle-orm';
import type { Niveau, SchoolOverview } from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, schools, students } from '../../db/schema';

/** Counts per niveau and leerjaar; no personal data. */
export async function schoolOverview(db: Db, schoolId: string): Promise<SchoolOverview | null> {
  const [school] = await db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.id, schoolId));
  if (!school) return null;
  const groups: { niveau: Niveau; leerjaar: number; classCount: number; studentCount: number }[] = await db
    .select({
      niveau: classes.niveau,
      leerjaar: classes.leerjaar,
      classCount: sql<number>`count(distinct ${classes.id})::int`,
      studentCount: sql<number>`count(${students.id})::int`,
    })
    .from(classes)
    .leftJoin(students, sql`${students.classId} = ${classes.id} and ${students.archivedAt} is null`)
    .where(eq(classes.schoolId, schoolId))
    .groupBy(classes.niveau, classes.leerjaar)
    .orderBy(asc(classes.niveau), asc(classes.leerjaar));
  return {
    school,
    classCount: groups.reduce((sum, group) => sum + group.classCount, 0),
    studentCount: groups.reduce((sum, group) => sum + group.studentCount, 0),
    groups,
  };
}
