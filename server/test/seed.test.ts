import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asc } from 'drizzle-orm';
import { classes, staffUsers, students } from '../src/db/schema';
import { demoPlan, formatDemoListing } from '../src/db/seed/demo';
import { startTestApp, type TestApp } from './helpers';

const UNAMBIGUOUS = /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]+$/;

describe('demo plan', () => {
  it('is the same on every call', () => {
    assert.deepEqual(demoPlan(), demoPlan());
  });

  it('has about six classes in vmbo-gt, havo and vwo, leerjaar 2 to 4, of 24 to 30 students', () => {
    const plan = demoPlan();
    assert.equal(plan.classes.length, 6);
    assert.deepEqual([...new Set(plan.classes.map((planned) => planned.niveau))].sort(), ['havo', 'vmbo-gt', 'vwo']);
    for (const planned of plan.classes) {
      assert.ok(planned.leerjaar >= 2 && planned.leerjaar <= 4, planned.name);
      assert.ok(planned.students.length >= 24 && planned.students.length <= 30, planned.name);
    }
  });

  it('uses unique codes without look-alike characters', () => {
    const plan = demoPlan();
    const classCodes = plan.classes.map((planned) => planned.classCode);
    assert.equal(new Set(classCodes).size, classCodes.length);
    for (const planned of plan.classes) {
      assert.match(planned.classCode, UNAMBIGUOUS);
      assert.equal(planned.classCode.length, 6);
      const personal = planned.students.map((student) => student.personalCode);
      assert.equal(new Set(personal).size, personal.length, planned.name);
      assert.ok(personal.every((code) => code.length === 4 && UNAMBIGUOUS.test(code)));
      assert.ok(planned.students.every((student) => /^\p{Lu}[\p{L}]+ [A-Z]\.$/u.test(student.displayName)), planned.name);
    }
  });

  it('lists every account, the password and each class code for the start log', () => {
    const listing = formatDemoListing();
    for (const email of ['decaan@demo.koers.nl', 'mentor@demo.koers.nl', 'directie@demo.koers.nl', 'beheer@demo.koers.nl']) {
      assert.ok(listing.includes(email), email);
    }
    assert.ok(listing.includes('koers-demo'));
    for (const planned of demoPlan().classes) assert.ok(listing.includes(planned.classCode), planned.name);
  });
});

describe('demo seed', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('writes exactly the planned classes and students into an empty database', async () => {
    const { db } = t.app.database;
    const plan = demoPlan();
    const stored = await db.select({ name: classes.name, classCode: classes.classCode }).from(classes).orderBy(asc(classes.name));
    assert.deepEqual(
      stored,
      plan.classes.map(({ name, classCode }) => ({ name, classCode })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    const studentCount = (await db.select({ id: students.id }).from(students)).length;
    assert.equal(studentCount, plan.classes.reduce((sum, planned) => sum + planned.students.length, 0));
  });

  it('creates one account per role plus extra mentors, all with the demo password', async () => {
    const emails = (await t.app.database.db.select({ email: staffUsers.email }).from(staffUsers)).map((row) => row.email).sort();
    assert.deepEqual(emails, demoPlan().accounts.map((account) => account.email).sort());
  });
});
