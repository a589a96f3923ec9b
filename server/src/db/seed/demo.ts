import { sql } from 'drizzle-orm';
import type { Niveau, StaffRole } from '@koers/contracts';
import type { Db } from '../index';
import { classes, mentorAssignments, schools, staffRoles, staffUsers, students } from '../schema';
import { hashPassword } from '../../modules/auth/password';
import { FIRST_NAMES, LAST_INITIALS } from './names';
import { Prng } from './prng';

export const DEMO_SCHOOL = 'Demo College';
export const DEMO_PASSWORD = 'koers-demo';

/** Codes avoid look-alikes (0/O, 1/I/L) because students type them from the board. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CLASS_CODE_LENGTH = 6;
const PERSONAL_CODE_LENGTH = 4;

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly StaffRole[];
  /** Names of the classes this account mentors. */
  readonly mentorOf: readonly string[];
}

export interface DemoClass {
  readonly name: string;
  readonly niveau: Niveau;
  readonly leerjaar: number;
  readonly classCode: string;
  readonly students: readonly { readonly displayName: string; readonly personalCode: string }[];
}

export interface DemoPlan {
  readonly accounts: readonly DemoAccount[];
  readonly classes: readonly DemoClass[];
}

const ACCOUNTS: readonly DemoAccount[] = [
  { email: 'decaan@demo.koers.nl', displayName: 'Marieke de Vries', roles: ['decaan'], mentorOf: [] },
  { email: 'mentor@demo.koers.nl', displayName: 'Joost Bakker', roles: ['mentor'], mentorOf: ['G3A', 'H3A'] },
  { email: 'directie@demo.koers.nl', displayName: 'Annemiek Smit', roles: ['schoolleiding'], mentorOf: [] },
  { email: 'beheer@demo.koers.nl', displayName: 'Ruud Visser', roles: ['beheerder'], mentorOf: [] },
  { email: 'mentor2@demo.koers.nl', displayName: 'Fatima El Amrani', roles: ['mentor'], mentorOf: ['G4B', 'H4A'] },
  { email: 'mentor3@demo.koers.nl', displayName: 'Thomas Jansen', roles: ['mentor'], mentorOf: ['V2A', 'V3B'] },
];

const CLASSES: readonly Pick<DemoClass, 'name' | 'niveau' | 'leerjaar'>[] = [
  { name: 'G3A', niveau: 'vmbo-gt', leerjaar: 3 },
  { name: 'G4B', niveau: 'vmbo-gt', leerjaar: 4 },
  { name: 'H3A', niveau: 'havo', leerjaar: 3 },
  { name: 'H4A', niveau: 'havo', leerjaar: 4 },
  { name: 'V2A', niveau: 'vwo', leerjaar: 2 },
  { name: 'V3B', niveau: 'vwo', leerjaar: 3 },
];

/** The demo school as data: the same on every call, on every machine. */
export function demoPlan(): DemoPlan {
  const prng = new Prng('koers-demo-college');
  const classCodes = new Set<string>();
  const planned = CLASSES.map((base) => {
    const classCode = uniqueCode(prng, CLASS_CODE_LENGTH, classCodes);
    const names = new Set<string>();
    const codes = new Set<string>();
    const size = prng.int(24, 30);
    const roster = Array.from({ length: size }, () => ({
      displayName: uniqueName(prng, names),
      personalCode: uniqueCode(prng, PERSONAL_CODE_LENGTH, codes),
    }));
    roster.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
    return { ...base, classCode, students: roster };
  });
  return { accounts: ACCOUNTS, classes: planned };
}

function uniqueCode(prng: Prng, length: number, taken: Set<string>): string {
  for (;;) {
    const code = prng.code(CODE_ALPHABET, length);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** "Sanne V.": first name and last initial, unique within a class so the roster is unambiguous. */
function uniqueName(prng: Prng, taken: Set<string>): string {
  for (;;) {
    const name = `${prng.pick(FIRST_NAMES)} ${prng.pick([...LAST_INITIALS])}.`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const result = await db.execute<{ empty: boolean }>(sql`select not exists (select 1 from ${schools}) as empty`);
  return result.rows[0]?.empty === true;
}

export async function hasDemoSchool(db: Db): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`select exists (select 1 from ${schools} where ${schools.name} = ${DEMO_SCHOOL}) as found`);
  return result.rows[0]?.found === true;
}

/** Inserts the demo school in one transaction. */
/** Seeds the school, classes, students and accounts; returns the school's id. */
export async function seedDemo(db: Db, plan: DemoPlan = demoPlan()): Promise<string> {
  // One hash for every demo account: scrypt at full strength takes about a second per hash on
  // two cores, and these accounts share a published password anyway, so distinct salts add nothing.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [school] = await tx.insert(schools).values({ name: DEMO_SCHOOL }).returning({ id: schools.id });
    if (!school) throw new Error('Inserting the demo school returned no row.');
    const schoolId = school.id;
    const classRows = await tx
      .insert(classes)
      .values(plan.classes.map(({ name, niveau, leerjaar, classCode }) => ({ schoolId, name, niveau, leerjaar, classCode })))
      .returning({ id: classes.id, name: classes.name });
    const classIds = new Map(classRows.map((row) => [row.name, row.id]));
    const classId = (name: string) => {
      const id = classIds.get(name);
      if (!id) throw new Error(`Demo plan refers to unknown class ${name}.`);
      return id;
    };
    await tx.insert(students).values(
      plan.classes.flatMap((planned) =>
        planned.students.map((student) => ({ schoolId, classId: classId(planned.name), ...student })),
      ),
    );
    for (const account of plan.accounts) {
      const [user] = await tx
        .insert(staffUsers)
        .values({ schoolId, email: account.email, displayName: account.displayName, passwordHash })
        .returning({ id: staffUsers.id });
      if (!user) throw new Error('Inserting a demo account returned no row.');
      await tx.insert(staffRoles).values(account.roles.map((role) => ({ staffUserId: user.id, schoolId, role })));
      if (account.mentorOf.length > 0) {
        await tx
          .insert(mentorAssignments)
          .values(account.mentorOf.map((name) => ({ staffUserId: user.id, classId: classId(name), schoolId })));
      }
    }
    return schoolId;
  });
}

/** The plain-text block printed at start (and copied into the README). */
export function formatDemoListing(plan: DemoPlan = demoPlan()): string {
  const lines = [
    `${DEMO_SCHOOL} (demo) — staff accounts, password for all: ${DEMO_PASSWORD}`,
    ...plan.accounts.map(
      (account) =>
        `  ${account.email.padEnd(24)} ${account.roles.join(', ').padEnd(14)} ${account.displayName}` +
        (account.mentorOf.length > 0 ? ` (mentor of ${account.mentorOf.join(', ')})` : ''),
    ),
    'Students sign in with a class code, then their personal code:',
    ...plan.classes.map((planned) => {
      const example = planned.students[0];
      return (
        `  ${planned.name.padEnd(4)} ${`${planned.niveau} ${planned.leerjaar}`.padEnd(10)} class code ${planned.classCode}` +
        `  ${planned.students.length} students, e.g. ${example?.displayName} → ${example?.personalCode}`
      );
    }),
  ];
  return lines.join('\n');
}
