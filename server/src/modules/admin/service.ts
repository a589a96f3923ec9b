import { and, asc, eq } from 'drizzle-orm';
import type { StaffRole, StaffUserSummary } from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, mentorAssignments, staffRoles, staffUsers } from '../../db/schema';

/** Every staff user of the school with roles and mentored classes. */
export async function listStaff(db: Db, schoolId: string): Promise<StaffUserSummary[]> {
  const users = await db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, email: staffUsers.email, active: staffUsers.active })
    .from(staffUsers)
    .where(eq(staffUsers.schoolId, schoolId))
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.id));
  const roles = await db
    .select({ userId: staffRoles.staffUserId, role: staffRoles.role })
    .from(staffRoles)
    .where(eq(staffRoles.schoolId, schoolId))
    .orderBy(asc(staffRoles.role));
  const mentored = await db
    .select({ userId: mentorAssignments.staffUserId, className: classes.name })
    .from(mentorAssignments)
    .innerJoin(classes, and(eq(classes.id, mentorAssignments.classId), eq(classes.schoolId, schoolId)))
    .where(eq(mentorAssignments.schoolId, schoolId))
    .orderBy(asc(classes.name));
  return users.map((user) => ({
    ...user,
    roles: roles.filter((entry) => entry.userId === user.id).map((entry): StaffRole => entry.role),
    mentorOf: mentored.filter((entry) => entry.userId === user.id).map((entry) => entry.className),
  }));
}
