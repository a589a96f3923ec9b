/** Shared builders for the xAPI tests: callers (student session, Basic tool) and statements. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { activityIds, KOERS_EXT, VERBS, type LessonStep } from '@koers/contracts';
import { demoPlan } from '../src/db/seed/demo';
import { DEMO_TOOL_KEY, DEMO_TOOL_SECRET } from '../src/modules/xapi/clients';
import { Client } from './helpers';

export const VERSION = { 'x-experience-api-version': '1.0.3' };
export const basic = (key = DEMO_TOOL_KEY, secret = DEMO_TOOL_SECRET) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

/** An external tool with the demo Basic credentials. */
export class Tool {
  constructor(
    private readonly app: FastifyInstance,
    private readonly authorization = basic(),
  ) {}

  post(body: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'POST', url: '/xapi/statements', payload: body as object, headers: { ...VERSION, authorization: this.authorization, ...headers } });
  }

  put(id: string, body: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'PUT', url: `/xapi/statements?statementId=${id}`, payload: body as object, headers: { ...VERSION, authorization: this.authorization } });
  }

  get(query: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'GET', url: `/xapi/statements${query}`, headers: { ...VERSION, authorization: this.authorization, ...headers } });
  }
}

/** A signed-in student posting through the app session (cookie + CSRF). */
export class Student {
  constructor(readonly client: Client) {}

  post(body: unknown): Promise<LightMyRequestResponse> {
    return this.client.request({ method: 'POST', url: '/xapi/statements', payload: body as object, headers: VERSION }, true);
  }

  get(query: string): Promise<LightMyRequestResponse> {
    return this.client.get(`/xapi/statements${query}`, VERSION);
  }
}

export async function signedInStudent(app: FastifyInstance, classIndex = 0, studentIndex = 0): Promise<Student> {
  const planned = demoPlan().classes[classIndex]!;
  const client = new Client(app);
  const response = await client.signInStudent(planned.classCode, planned.students[studentIndex]!.personalCode);
  if (response.statusCode !== 200) throw new Error(`student sign-in failed: ${response.body}`);
  return new Student(client);
}

export interface PlannedLesson {
  readonly scheduleId: string;
  readonly className: string;
  readonly steps: LessonStep[];
}

/** The demo schedules with their class names and steps. */
export async function plannedLessons(app: FastifyInstance): Promise<PlannedLesson[]> {
  const { rows } = await app.database.pool.query<{ id: string; name: string; steps: LessonStep[] }>(
    `select s.id, c.name, v.steps from schedules s join classes c on c.id = s.class_id
       join lesson_versions v on v.lesson_id = s.lesson_id and v.version = s.lesson_version order by c.name`,
  );
  return rows.map((row) => ({ scheduleId: row.id, className: row.name, steps: row.steps }));
}

export async function studentIdOf(app: FastifyInstance, classIndex = 0, studentIndex = 0): Promise<string> {
  const planned = demoPlan().classes[classIndex]!;
  const { rows } = await app.database.pool.query<{ id: string }>(
    'select s.id from students s join classes c on c.id = s.class_id where c.class_code = $1 and s.personal_code = $2',
    [planned.classCode, planned.students[studentIndex]!.personalCode],
  );
  return rows[0]!.id;
}

/** A minimal valid statement by an mbox agent. */
export function simpleStatement(overrides: Record<string, unknown> = {}): Record<string, unknown> & { id: string } {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', mbox: 'mailto:tool-user@example.org', name: 'Tool User' },
    verb: { id: VERBS.attempted, display: { 'en-US': 'attempted' } },
    object: { objectType: 'Activity', id: 'https://example.org/activities/quiz-1' },
    ...overrides,
  };
}

/** A statement the player would send for a step of a planned lesson. */
export function stepStatement(
  scheduleId: string,
  step: LessonStep,
  verb: string,
  extra: { result?: Record<string, unknown>; object?: Record<string, unknown>; timestamp?: string; contextExtensions?: Record<string, unknown> } = {},
): Record<string, unknown> & { id: string } {
  const moduleExt = 'moduleId' in step ? { [KOERS_EXT.module]: step.moduleId, [KOERS_EXT.moduleVersion]: step.moduleVersion } : {};
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', mbox: 'mailto:ignored@example.org' },
    verb: { id: verb },
    object: extra.object ?? { objectType: 'Activity', id: 'moduleId' in step ? activityIds.module(step.moduleId) : activityIds.lessonStep(scheduleId, step.id) },
    ...(extra.result ? { result: extra.result } : {}),
    context: { extensions: { [KOERS_EXT.schedule]: scheduleId, [KOERS_EXT.step]: step.id, ...moduleExt, ...extra.contextExtensions } },
    ...(extra.timestamp ? { timestamp: extra.timestamp } : {}),
  };
}
