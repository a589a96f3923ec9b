/**
 * Storing statement batches: group commit and the per-batch rules that need the database.
 *
 * Group commit: a POST/PUT hands its (already validated) batch to the `GroupCommitter` and waits.
 * The committer collects batches for `windowMs`, or for as long as a commit is in flight, and
 * stores them all in ONE transaction with a fixed number of round trips: one read of everything
 * the rules need (existing ids, voiding targets, schedules, students), then each batch is judged on
 * its own in memory (409 conflict, 403 foreign schedule, 400 voiding target) and only the accepted
 * ones are written, one INSERT per table for the whole group. A refused batch is answered with its
 * own problem and never affects the others. Should the database fail while writing (or committing),
 * the transaction is rolled back and every batch of the group is retried in a transaction of its
 * own, so one batch the database refuses cannot take the good ones down with it. Every request is
 * answered only after the COMMIT that contains it returned: an acknowledged batch survives a crash.
 *
 * One committer per process is the only writer of the statement and derived tables: on PGlite
 * (one session) that is all the database can do anyway, and on PostgreSQL it keeps the hot counter
 * rows free of lock waits.
 */
import type pg from 'pg';
import { KOERS_EXT, VERBS, type LessonStep } from '@koers/contracts';
import { ProblemError } from '../../http/problem';
import { applyDerived, type DerivedInput } from './derive';
import { comparisonKey, pointerToken, xapiFieldError, type Caller, type Json, type PreparedStatement } from './statements';

export interface Batch {
  readonly caller: Caller;
  readonly statements: readonly PreparedStatement[];
}

/** What a batch of a group came to: its ids once committed, or its own problem. */
export type Outcome = { readonly ok: true; readonly ids: string[] } | { readonly ok: false; readonly error: unknown };

interface Pending {
  readonly batch: Batch;
  resolve(ids: string[]): void;
  reject(error: unknown): void;
}

export interface GroupCommitOptions {
  /** How long to collect batches before committing when no commit is in flight. */
  readonly windowMs: number;
  /** Statements per transaction at most (a larger single batch still gets a transaction of its own). */
  readonly maxStatements: number;
}

export class GroupCommitter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** `stored` of the transaction in flight; statements stored from then on may not be visible yet. */
  private inFlight: Date | null = null;
  private closed = false;
  /** Transactions committed (for tests and the benchmark). */
  commits = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: GroupCommitOptions,
  ) {}

  /** Stores the batch; resolves with its ids after the commit, or rejects with the batch's own problem. */
  submit(batch: Batch): Promise<string[]> {
    if (this.closed) return Promise.reject(new ProblemError(500, 'internal'));
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.schedule();
    });
  }

  /**
   * X-Experience-API-Consistent-Through: every statement stored before this instant can be read.
   * While a commit is in flight that is just before its `stored`.
   */
  consistentThrough(): Date {
    return this.inFlight ? new Date(this.inFlight.getTime() - 1) : new Date();
  }

  /** Waits for queued batches to be committed; new ones are refused from now on. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      void this.run();
    }
    while (this.running || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private schedule(): void {
    if (this.running || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.windowMs);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const group = this.takeGroup();
        await this.commitGroup(group, true);
      }
    } finally {
      this.running = false;
    }
  }

  private takeGroup(): Pending[] {
    let count = 0;
    let taken = 0;
    while (taken < this.queue.length) {
      const size = this.queue[taken]!.batch.statements.length;
      if (taken > 0 && count + size > this.options.maxStatements) break;
      count += size;
      taken += 1;
    }
    return this.queue.splice(0, taken);
  }

  private async commitGroup(group: readonly Pending[], retryAlone: boolean): Promise<void> {
    let client: pg.PoolClient | null = null;
    const outcomes: Outcome[] = [];
    try {
      client = await this.pool.connect();
      const stored = new Date();
      this.inFlight = stored;
      await client.query('begin');
      outcomes.push(...(await storeGroup(client, group.map((pending) => pending.batch), stored)));
      await client.query('commit');
      this.commits += 1;
      client.release();
      client = null;
      this.inFlight = null;
    } catch (error) {
      this.inFlight = null;
      if (client) {
        // A refused statement leaves a healthy connection once rolled back (PGlite has only one);
        // a connection that cannot even roll back is broken and is not handed out again.
        const healthy = await client.query('rollback').then(
          () => true,
          () => false,
        );
        client.release(healthy ? undefined : error instanceof Error ? error : true);
      }
      if (retryAlone && (group.length > 1 || error instanceof ConcurrentWriteError)) {
        for (const pending of group) await this.commitGroup([pending], false);
      } else {
        for (const pending of group) pending.reject(error);
      }
      return;
    }
    group.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.ids);
      else pending.reject(outcome.error);
    });
  }
}

/** Another process stored one of the group's ids between our read and our write. */
class ConcurrentWriteError extends Error {
  constructor() {
    super('A statement id was stored concurrently by another process.');
    this.name = 'ConcurrentWriteError';
  }
}

interface StudentRef {
  readonly id: string;
  readonly classId: string;
  readonly schoolId: string;
}

interface ScheduleRow {
  readonly id: string;
  readonly school_id: string;
  readonly class_id: string;
  readonly steps: LessonStep[];
}

/** A statement already stored (or accepted earlier in this group), as far as the rules need it. */
interface Known {
  readonly schoolId: string;
  readonly verbId: string;
  readonly studentId: string | null;
  readonly statement: Json;
}

/** A statement of an accepted batch that is new and will be written. */
interface Fresh {
  readonly batch: Batch;
  readonly prepared: PreparedStatement;
  readonly student: StudentRef | null;
}

const schedulePointer = (prepared: PreparedStatement) => `${prepared.pointer}/context/extensions/${pointerToken(KOERS_EXT.schedule)}`;
const unique = <T>(values: readonly (T | null)[]): T[] => [...new Set(values.filter((value): value is T => value !== null))];

/**
 * Stores a group of batches inside the caller's transaction. Each batch is judged on its own; a
 * refused batch gets its ProblemError as outcome. Throws only when the database fails.
 */
export async function storeGroup(client: pg.PoolClient, batches: readonly Batch[], stored: Date): Promise<Outcome[]> {
  const all = batches.flatMap((batch) => batch.statements);

  // 1. Read everything the rules need, for the whole group at once.
  const studentsById = new Map<string, StudentRef>();
  for (const { caller } of batches) {
    if (caller.kind === 'student') studentsById.set(caller.studentId, { id: caller.studentId, classId: caller.classId, schoolId: caller.schoolId });
  }
  const named = unique(
    batches.filter((batch) => batch.caller.kind === 'tool').flatMap((batch) => batch.statements.map((prepared) => prepared.studentAccount)),
  ).filter((id) => !studentsById.has(id));
  if (named.length > 0) {
    const found = await client.query<{ id: string; class_id: string; school_id: string }>(
      'select id, class_id, school_id from students where id = any($1::uuid[])',
      [named],
    );
    for (const row of found.rows) studentsById.set(row.id, { id: row.id, classId: row.class_id, schoolId: row.school_id });
  }
  const schedules = new Map<string, ScheduleRow>();
  const scheduleIds = unique(all.map((prepared) => prepared.scheduleId));
  if (scheduleIds.length > 0) {
    const found = await client.query<ScheduleRow>(
      `select s.id, s.school_id, s.class_id, v.steps
         from schedules s join lesson_versions v on v.lesson_id = s.lesson_id and v.version = s.lesson_version
        where s.id = any($1::uuid[])`,
      [scheduleIds],
    );
    for (const row of found.rows) schedules.set(row.id, row);
  }
  const known = new Map<string, Known>();
  const lookup = unique([...all.map((prepared) => prepared.id), ...all.map((prepared) => prepared.voids)]);
  const existing = await client.query<{ id: string; school_id: string; verb_id: string; student_id: string | null; statement: Json }>(
    'select id, school_id, verb_id, student_id, statement from xapi_statements where id = any($1::uuid[])',
    [lookup],
  );
  for (const row of existing.rows) known.set(row.id, { schoolId: row.school_id, verbId: row.verb_id, studentId: row.student_id, statement: row.statement });

  // 2. Judge each batch in order; an accepted batch's statements are "known" to the ones after it.
  const outcomes: Outcome[] = [];
  const fresh: Fresh[] = [];
  for (const batch of batches) {
    try {
      const accepted = judgeBatch(batch, { studentsById, schedules, known });
      for (const entry of accepted) {
        const { prepared, student } = entry;
        known.set(prepared.id, { schoolId: batch.caller.schoolId, verbId: prepared.verbId, studentId: student?.id ?? null, statement: prepared.statement });
        fresh.push(entry);
      }
      outcomes.push({ ok: true, ids: batch.statements.map((prepared) => prepared.id) });
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  if (fresh.length === 0) return outcomes;

  // 3. Write the accepted statements, the voiding marks and the derived tables.
  const rows = fresh.map(({ batch, prepared, student }) => {
    const timestamp = prepared.timestamp ?? stored.toISOString();
    return {
      id: prepared.id,
      school_id: batch.caller.schoolId,
      timestamp,
      actor_key: prepared.actorKey,
      student_id: student?.id ?? null,
      client_id: batch.caller.kind === 'tool' ? batch.caller.clientId : null,
      verb_id: prepared.verbId,
      object_id: prepared.objectId,
      registration: prepared.registration,
      schedule_id: prepared.scheduleId,
      step_id: prepared.stepId,
      module_id: prepared.moduleId,
      module_version: prepared.moduleVersion,
      statement: { ...prepared.statement, timestamp, stored: stored.toISOString() },
    };
  });
  const inserted = await client.query<{ id: string }>(
    `insert into xapi_statements (id, school_id, stored, timestamp, actor_key, student_id, client_id, verb_id, object_id,
                                  registration, schedule_id, step_id, module_id, module_version, statement)
     select r.id, r.school_id, $1, r.timestamp, r.actor_key, r.student_id, r.client_id, r.verb_id, r.object_id,
            r.registration, r.schedule_id, r.step_id, r.module_id, r.module_version, r.statement
       from jsonb_to_recordset($2::jsonb) as r(id uuid, school_id uuid, timestamp timestamptz, actor_key text, student_id uuid,
            client_id uuid, verb_id text, object_id text, registration uuid, schedule_id uuid, step_id text, module_id uuid,
            module_version int, statement jsonb)
     on conflict (id) do nothing
     returning id`,
    [stored, JSON.stringify(rows)],
  );
  // Only another Koers process writing the same id at the same moment makes a row go missing here:
  // start over, so the batch is judged again against that row (no-op or 409), never acknowledged unseen.
  const written = new Set(inserted.rows.map((row) => row.id));
  if (written.size !== rows.length) throw new ConcurrentWriteError();
  const voided = unique(fresh.map((entry) => entry.prepared.voids));
  if (voided.length > 0) await client.query('update xapi_statements set voided = true where id = any($1::uuid[])', [voided]);

  const derivedBySchool = new Map<string, DerivedInput[]>();
  for (const { batch, prepared, student } of fresh) {
    if (!student || !prepared.scheduleId) continue;
    const step = prepared.stepId ? schedules.get(prepared.scheduleId)?.steps.find((candidate) => candidate.id === prepared.stepId) : undefined;
    // The planned lesson says which module version a step plays; the statement only fills gaps.
    const fromStep = step && 'moduleId' in step ? step : null;
    const list = derivedBySchool.get(batch.caller.schoolId) ?? [];
    list.push({
      prepared,
      studentId: student.id,
      scheduleId: prepared.scheduleId,
      stepId: prepared.stepId,
      stepType: step?.type ?? null,
      moduleId: fromStep?.moduleId ?? prepared.moduleId,
      moduleVersion: fromStep?.moduleVersion ?? prepared.moduleVersion,
      at: new Date(prepared.timestamp ?? stored),
    });
    derivedBySchool.set(batch.caller.schoolId, list);
  }
  for (const [schoolId, inputs] of derivedBySchool) await applyDerived(client, schoolId, inputs, stored);
  return outcomes;
}

interface GroupState {
  readonly studentsById: ReadonlyMap<string, StudentRef>;
  readonly schedules: ReadonlyMap<string, ScheduleRow>;
  readonly known: ReadonlyMap<string, Known>;
}

/** The statements of one batch that are new; throws the batch's ProblemError when it is refused. */
function judgeBatch(batch: Batch, state: GroupState): Fresh[] {
  const { caller, statements } = batch;
  const studentOf = (prepared: PreparedStatement): StudentRef | null => {
    const student = prepared.studentAccount ? state.studentsById.get(prepared.studentAccount) : undefined;
    return student && student.schoolId === caller.schoolId ? student : null;
  };

  // A statement about a planned lesson must come from (or be about) a student of that class.
  const forbidden = statements.filter((prepared) => {
    if (!prepared.scheduleId) return false;
    const student = studentOf(prepared);
    const schedule = state.schedules.get(prepared.scheduleId);
    return !student || !schedule || schedule.school_id !== caller.schoolId || schedule.class_id !== student.classId;
  });
  if (forbidden.length > 0) {
    throw new ProblemError(403, 'forbidden', {
      errors: forbidden.map((prepared) => ({
        field: schedulePointer(prepared),
        message: { nl: 'deze planning hoort niet bij jouw klas', en: 'this planned lesson does not belong to your class' },
      })),
    });
  }

  // Ids seen before: the same statement again is a no-op, a different one a conflict.
  const conflicts: PreparedStatement[] = [];
  const fresh: Fresh[] = [];
  for (const prepared of statements) {
    const before = state.known.get(prepared.id);
    if (!before) {
      fresh.push({ batch, prepared, student: studentOf(prepared) });
      continue;
    }
    const ignoreTimestamp = prepared.timestamp === null;
    const same = before.schoolId === caller.schoolId && comparisonKey(before.statement, ignoreTimestamp) === comparisonKey(prepared.statement, ignoreTimestamp);
    if (!same) conflicts.push(prepared);
  }
  if (conflicts.length > 0) {
    throw new ProblemError(409, 'conflict', {
      errors: conflicts.map((prepared) => ({
        field: `${prepared.pointer}/id`,
        message: { nl: 'er is al een ander statement met dit id', en: 'a different statement with this id exists' },
      })),
    });
  }

  // Voiding (Data §2.3.2): the target must exist in the caller's school (for a student: their own
  // statement, possibly earlier in this batch) and must not itself be a voiding statement.
  const inBatch = new Map(fresh.map((entry) => [entry.prepared.id, entry]));
  const invalid = fresh.filter(({ prepared }) => {
    if (prepared.voids === null) return false;
    const earlier = inBatch.get(prepared.voids);
    const target: Known | undefined = earlier
      ? { schoolId: caller.schoolId, verbId: earlier.prepared.verbId, studentId: earlier.student?.id ?? null, statement: earlier.prepared.statement }
      : state.known.get(prepared.voids);
    return (
      !target ||
      target.schoolId !== caller.schoolId ||
      target.verbId === VERBS.voided ||
      (caller.kind === 'student' && target.studentId !== caller.studentId)
    );
  });
  if (invalid.length > 0) {
    throw new ProblemError(400, 'validation', { errors: invalid.map(({ prepared }) => xapiFieldError(`${prepared.pointer}/object/id`, 'voiding_target')) });
  }
  return fresh;
}
