/**
 * Choice shift per group (issue 6): pairing, scoring with the snapshot of the "voor" moment (a data
 * or rule update never shows up as a shift), small-group suppression, koppelingen, who may see what.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ChoiceShiftReport, ClassDetail, ClassSummary, KeuzemetingChoice, MeasurementPairing, ScheduleSummary } from '@koers/contracts';
import { Client, OTHER_SCHOOL_DECAAN, problemOf, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';

const DAY = 86_400_000;

describe('choice shift', () => {
  let t: TestApp;
  let decaan: Client;
  let mentor: Client;
  let h3a: ClassDetail;
  let h3aSchedule: ScheduleSummary;
  let classId: (name: string) => string;

  async function measure(studentId: string, scheduleId: string, moment: 'voor' | 'na', choice: KeuzemetingChoice, certainty: number, at: Date): Promise<void> {
    await t.app.database.pool.query(
      `insert into keuzemetingen (id, school_id, student_id, schedule_id, step_id, moment, choices, certainty, reason, measured_at)
       select $1, school_id, id, $2, $3, $3, $4::jsonb, $5, '', $6 from students where id = $7`,
      [randomUUID(), scheduleId, moment, JSON.stringify([choice]), certainty, at, studentId],
    );
  }
  const report = async (client: Client, query: string) => {
    const response = await client.get(`/api/choice-shift?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<ChoiceShiftReport>();
  };
  const sector = (key: 'economie-handel' | 'zorg-welzijn' | 'media-creatief'): KeuzemetingChoice => ({ kind: 'sector', sector: key });

  before(async () => {
    t = await startTestApp();
    await seedOtherSchool(t);
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
    mentor = await signedIn(t.app, 'mentor@demo.koers.nl');
    const classes = (await decaan.get('/api/classes')).json<ClassSummary[]>();
    classId = (name) => classes.find((c) => c.name === name)!.id;
    h3a = (await decaan.get(`/api/classes/${classId('H3A')}`)).json<ClassDetail>();
    h3aSchedule = (await decaan.get(`/api/schedules?classId=${classId('H3A')}&when=all`)).json<ScheduleSummary[]>()[0]!;
    assert.ok(h3aSchedule, 'the demo plans a lesson for H3A');
  });
  after(() => t.close());

  it('counts nothing for a class without measurements and says so', async () => {
    const empty = await report(decaan, `classId=${classId('H3A')}`);
    assert.deepEqual([empty.nPre, empty.nPost, empty.nPaired], [0, 0, 0]);
    assert.equal(empty.suppressed?.reason, 'too_few_pairs');
    assert.match(empty.sentence.nl, /^Nog geen enkele leerling/);
  });

  it('shows no figures for 9 pairs and does for 10, scoring against the values of the voor-moment', async () => {
    const voor = new Date(Date.now() - 10 * DAY);
    const na = new Date(voor.getTime() + 40 * 60_000);
    const students = h3a.students.slice(0, 12);
    // 12 students choose economie & handel (demo score 2, not kansrijk) before; 6 of them zorg & welzijn (5) after.
    for (const [index, student] of students.slice(0, 9).entries()) {
      await measure(student.id, h3aSchedule.id, 'voor', sector('economie-handel'), 2, voor);
      await measure(student.id, h3aSchedule.id, 'na', index < 5 ? sector('zorg-welzijn') : sector('economie-handel'), 3, na);
    }
    const nine = await report(decaan, `classId=${classId('H3A')}`);
    assert.equal(nine.nPaired, 9);
    assert.equal(nine.kansrijk, null);
    assert.equal(nine.transitions, null);
    assert.match(nine.sentence.nl, /^9 leerlingen deden de keuzemeting zowel vooraf als achteraf\. Bij minder dan 10/);

    await measure(students[9]!.id, h3aSchedule.id, 'voor', sector('economie-handel'), 2, voor);
    await measure(students[9]!.id, h3aSchedule.id, 'na', sector('zorg-welzijn'), 4, na);
    // Two more only before (missing post), one only after (no pair).
    await measure(students[10]!.id, h3aSchedule.id, 'voor', sector('economie-handel'), 1, voor);
    await measure(students[11]!.id, h3aSchedule.id, 'voor', sector('media-creatief'), 1, voor);
    await measure(h3a.students[12]!.id, h3aSchedule.id, 'na', sector('zorg-welzijn'), 5, na);

    const ten = await report(decaan, `classId=${classId('H3A')}`);
    assert.deepEqual([ten.nPre, ten.nPost, ten.nPaired], [12, 11, 10]);
    assert.equal(ten.responseRate, 10 / 12);
    assert.equal(ten.kansrijk?.before.count, 0);
    assert.equal(ten.kansrijk?.after.count, 6);
    assert.equal(ten.kansrijk?.difference, 0.6);
    // b = 0 and c = 6: exact McNemar p = 2 · 0.5^6 = 0.03125.
    assert.ok(Math.abs((ten.kansrijk?.mcnemar.p ?? 0) - 0.03125) < 1e-12);
    // d = 4 is a small cell; with the margins published, all four cells are hidden.
    assert.deepEqual(ten.kansrijk?.table, { a: '•', b: '•', c: '•', d: '<5' });
    assert.equal(ten.basis.handEnteredPairs, 10);
    assert.match(ten.sentence.nl, /^Bij de meting vooraf koos 0 van de 10 leerlingen een kansrijke opleiding, bij de meting achteraf 6 \(verschil \+60 procentpunt/);
    const perLesson = await report(decaan, `scheduleId=${h3aSchedule.id}`);
    assert.equal(perLesson.nPaired, 10);
    assert.match(perLesson.sentence.nl, /^Voor de les koos 0 van de 10/);
    assert.match(perLesson.label.nl, /^les "/);
    assert.match(perLesson.label.en, /^lesson "/);
  });

  it('keeps scoring every pair with the snapshot of its voor-moment when data and rule change later', async () => {
    const frozen = await report(decaan, `classId=${classId('H3A')}`);
    // Now the decaan judges economie & handel favourable and lowers the bar to 2: both take effect now.
    const judged = await decaan.post('/api/prospects/indicators', {
      scope: 'sector',
      opleidingId: null,
      sector: 'economie-handel',
      level: 'alle',
      value: 'veel vraag naar boekhouders',
      score: 5,
      source: 'Eigen inschatting',
      sourceUrl: null,
      year: 2026,
      period: null,
      region: 'landelijk',
      note: '',
    });
    assert.equal(judged.statusCode, 201, judged.body);
    const rule = await decaan.request({ method: 'PUT', url: '/api/prospects/rule', payload: { minScore: 2, note: 'Test: lagere drempel' } }, true);
    assert.equal(rule.statusCode, 200, rule.body);
    // A late "na" measurement taken after the update is still scored with the old snapshot.
    await measure(h3a.students[10]!.id, h3aSchedule.id, 'na', sector('economie-handel'), 2, new Date());
    const later = await report(decaan, `classId=${classId('H3A')}`);
    assert.equal(later.nPaired, 11);
    assert.equal(later.kansrijk?.before.count, 0, 'economie & handel stays "not kansrijk" for pairs measured before the change');
    assert.equal(later.kansrijk?.after.count, frozen.kansrijk?.after.count);
    assert.deepEqual(later.basis.ruleVersions, [{ version: 1, minScore: 4, pairs: 11 }]);

    // A new pair measured after the change uses the new value and rule.
    const newcomer = h3a.students[13]!;
    const now = Date.now();
    await measure(newcomer.id, h3aSchedule.id, 'voor', sector('economie-handel'), 3, new Date(now + 1000));
    await measure(newcomer.id, h3aSchedule.id, 'na', sector('media-creatief'), 3, new Date(now + 2000));
    const mixed = await report(decaan, `classId=${classId('H3A')}`);
    assert.deepEqual(mixed.basis.ruleVersions, [
      { version: 1, minScore: 4, pairs: 11 },
      { version: 2, minScore: 2, pairs: 1 },
    ]);
    assert.equal(mixed.kansrijk?.before.count, '<5', 'the newcomer counts as kansrijk before (score 5 ≥ 2), hidden as a small count');
  });

  it('pairs the measurements of two plannings the decaan links into a koppeling', async () => {
    const lessonId = h3aSchedule.lessonId;
    const planned = await decaan.post('/api/schedules', { lessonId, lessonVersion: h3aSchedule.lessonVersion, classIds: [classId('H3A')], startsOn: '2027-03-01', endsOn: '2027-03-05' });
    assert.equal(planned.statusCode, 201, planned.body);
    const later = planned.json<ScheduleSummary[]>()[0]!;
    const input = { name: 'Zorg-reeks H3A', preScheduleId: h3aSchedule.id, postScheduleId: later.id };
    const created = await decaan.post('/api/choice-shift/pairings', input);
    assert.equal(created.statusCode, 201, created.body);
    const pairing = created.json<MeasurementPairing>();
    assert.deepEqual(pairing.pre.classNames, ['H3A']);

    const at = new Date(Date.now() + 60_000);
    for (const student of h3a.students.slice(0, 10)) await measure(student.id, later.id, 'na', sector('zorg-welzijn'), 4, at);
    const series = await report(decaan, `pairingId=${pairing.id}`);
    assert.equal(series.nPaired, 10, 'voor from the first planning, na from the second');
    assert.equal(series.kansrijk?.after.count, 10);
    assert.match(series.label.nl, /koppeling "Zorg-reeks H3A"/);

    const refuse = async (body: object, field: string) => {
      const response = await decaan.post('/api/choice-shift/pairings', body);
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(problemOf(response).errors?.[0]?.field, field);
    };
    await refuse({ ...input, postScheduleId: h3aSchedule.id }, '/postScheduleId');
    await refuse({ ...input, preScheduleId: later.id, postScheduleId: h3aSchedule.id }, '/postScheduleId');
    const g3aSchedule = (await decaan.get(`/api/schedules?classId=${classId('G3A')}&when=all`)).json<ScheduleSummary[]>()[0]!;
    await refuse({ ...input, postScheduleId: g3aSchedule.id }, '/postScheduleId');
    await refuse({ ...input, preScheduleId: randomUUID() }, '/preScheduleId');
    assert.equal((await decaan.post('/api/choice-shift/pairings', { ...input, name: 'x' })).statusCode, 400);
    assert.equal((await mentor.post('/api/choice-shift/pairings', input)).statusCode, 403);
    assert.equal((await mentor.get('/api/choice-shift/pairings')).json<{ items: MeasurementPairing[] }>().items.length, 1, 'the mentor of H3A sees it');
    const other = await signedIn(t.app, 'mentor2@demo.koers.nl');
    assert.equal((await other.get('/api/choice-shift/pairings')).json<{ items: MeasurementPairing[] }>().items.length, 0);

    assert.equal((await decaan.request({ method: 'DELETE', url: `/api/choice-shift/pairings/${pairing.id}` }, true)).statusCode, 204);
    assert.equal((await decaan.get(`/api/choice-shift?pairingId=${pairing.id}`)).statusCode, 404);
  });

  it('lets a mentor see only the own classes, schoolleiding the aggregates, and nobody else', async () => {
    const own = await report(mentor, '');
    const g3a = await report(decaan, `classId=${classId('G3A')}`);
    const h3aNow = await report(decaan, `classId=${classId('H3A')}`);
    assert.equal(own.nPre, g3a.nPre + h3aNow.nPre, 'without a class: the mentor’s own classes together');
    assert.deepEqual(own.label, { nl: 'jouw klassen', en: 'your classes' });
    assert.equal((await mentor.get(`/api/choice-shift?classId=${classId('G4B')}`)).statusCode, 403);
    const school = await report(await signedIn(t.app, 'directie@demo.koers.nl'), 'leerjaar=3');
    assert.ok(school.nPre >= own.nPre);
    assert.equal((await new Client(t.app).get('/api/choice-shift')).statusCode, 401);
    const otherSchool = await signedIn(t.app, OTHER_SCHOOL_DECAAN);
    assert.equal((await otherSchool.get('/api/choice-shift')).json<ChoiceShiftReport>().nPre, 0);
    assert.equal((await otherSchool.get(`/api/choice-shift?classId=${classId('G3A')}`)).statusCode, 404);
  });

  it('refuses bad queries with 400 and the field', async () => {
    assert.equal(problemOf(await decaan.get('/api/choice-shift?from=2026-12-01&to=2026-11-01')).errors?.[0]?.field, '/to');
    for (const query of ['classId=abc', 'leerjaar=9', 'niveau=mavo', 'from=2026-13-01', 'to=gisteren']) {
      const response = await decaan.get(`/api/choice-shift?${query}`);
      assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
    }
    assert.equal((await decaan.get(`/api/choice-shift?classId=${randomUUID()}`)).statusCode, 404);
    const ranged = await report(decaan, `from=2000-01-01&to=2000-12-31`);
    assert.equal(ranged.nPre, 0);
  });
});
