// Realistic Koers xAPI statements for the ingestion benchmark: the shapes the lesson player builds
// (src/app/features/player/tracking/statements.ts) with the vocabulary of contracts/src/xapi.ts,
// about real demo students in lessons planned for their class, so the server does its full
// validation and derived-table work (progress, watched seconds, counters, ratings).
//
// Plain JavaScript (the benchmark runs without a TypeScript loader): the IRIs below are copies of
// contracts/src/xapi.ts and must follow it.
import { randomUUID } from 'node:crypto';

export const XAPI_VERSION = '1.0.3';
const KOERS_ACCOUNT_HOMEPAGE = 'https://koers.app/leerling';
const ACTIVITIES = 'https://koers.app/xapi/activities';
const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  played: 'https://w3id.org/xapi/video/verbs/played',
  paused: 'https://w3id.org/xapi/video/verbs/paused',
  seeked: 'https://w3id.org/xapi/video/verbs/seeked',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  rated: 'http://id.tincanapi.com/verb/rated',
};
const TYPES = {
  video: 'https://w3id.org/xapi/video/activity-type/video',
  game: 'http://activitystrea.ms/schema/1.0/game',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
};
const VIDEO_PROFILE = 'https://w3id.org/xapi/video';
const VIDEO_EXT = {
  time: 'https://w3id.org/xapi/video/extensions/time',
  timeFrom: 'https://w3id.org/xapi/video/extensions/time-from',
  timeTo: 'https://w3id.org/xapi/video/extensions/time-to',
  progress: 'https://w3id.org/xapi/video/extensions/progress',
  playedSegments: 'https://w3id.org/xapi/video/extensions/played-segments',
  length: 'https://w3id.org/xapi/video/extensions/length',
  sessionId: 'https://w3id.org/xapi/video/extensions/session-id',
};
const KOERS_EXT = {
  schedule: 'https://koers.app/xapi/extensions/schedule',
  lesson: 'https://koers.app/xapi/extensions/lesson',
  lessonVersion: 'https://koers.app/xapi/extensions/lesson-version',
  step: 'https://koers.app/xapi/extensions/step',
  module: 'https://koers.app/xapi/extensions/module',
  moduleVersion: 'https://koers.app/xapi/extensions/module-version',
  learned: 'https://koers.app/xapi/extensions/learned',
};

const ID_MARK = '00000000-0000-4000-8000-00000000b1d0';
const TIME_MARK = '2000-01-01T00:00:00.000Z';

/** A small deterministic PRNG (mulberry32), so every run sends the same mix. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round3 = (value) => Math.round(value * 1000) / 1000;

/**
 * One statement as the player sends it, with placeholder id and timestamp.
 * `play`: { studentId, schedule, step, sessionId }.
 */
function statement(play, verb, object, { result, extensions = {}, category, registration } = {}) {
  const { studentId, schedule, step } = play;
  // Leaner than the player's (no lesson parent activity, language, platform, verb display or module
  // extensions — the server takes the module from the planned step): ~930 bytes on average.
  return {
    id: ID_MARK,
    actor: { objectType: 'Agent', account: { homePage: KOERS_ACCOUNT_HOMEPAGE, name: studentId } },
    verb: { id: VERBS[verb] },
    object,
    ...(result ? { result } : {}),
    context: {
      ...(registration ? { registration } : {}),
      ...(category ? { contextActivities: { category } } : {}),
      extensions: {
        [KOERS_EXT.schedule]: schedule.id,
        [KOERS_EXT.step]: step.id,
        ...extensions,
      },
    },
    timestamp: TIME_MARK,
  };
}

function moduleActivity(step, type) {
  return { objectType: 'Activity', id: `${ACTIVITIES}/modules/${step.moduleId}`, definition: { type, name: { 'nl-NL': step.title } } };
}

const videoCategory = [{ id: VIDEO_PROFILE }];

/** The statements of one student watching one video step (weighted towards played/paused). */
function videoStatements(play, random) {
  const length = 90 + Math.floor(random() * 150);
  const video = moduleActivity(play.step, TYPES.video);
  const base = { category: videoCategory, registration: play.sessionId };
  const ext = (extra) => ({ [VIDEO_EXT.length]: length, ...extra });
  const out = [];
  let watched = 0;
  let segments = [];
  while (watched < length) {
    const from = watched;
    const to = Math.min(length, watched + 10 + Math.floor(random() * 40));
    segments.push(`${from}[.]${to}`);
    watched = to;
    const state = {
      [VIDEO_EXT.time]: round3(to),
      [VIDEO_EXT.progress]: round3(to / length),
      [VIDEO_EXT.playedSegments]: segments.join('[,]'),
    };
    out.push(statement(play, 'played', video, { ...base, result: { extensions: { [VIDEO_EXT.time]: round3(from) } }, extensions: ext() }));
    out.push(statement(play, 'paused', video, { ...base, result: { extensions: state }, extensions: ext() }));
    if (random() < 0.3) {
      out.push(
        statement(play, 'seeked', video, {
          ...base,
          result: { extensions: { [VIDEO_EXT.timeFrom]: round3(to), [VIDEO_EXT.timeTo]: round3(Math.max(0, to - 5)) } },
          extensions: ext(),
        }),
      );
    }
    if (segments.length > 3) segments = [`0[.]${to}`];
  }
  const final = { [VIDEO_EXT.time]: length, [VIDEO_EXT.progress]: 1, [VIDEO_EXT.playedSegments]: `0[.]${length}` };
  out.push(statement(play, 'completed', video, { ...base, result: { completion: true, duration: `PT${length}S`, extensions: final }, extensions: ext() }));
  const realism = 1 + Math.floor(random() * 5);
  out.push(
    statement(play, 'rated', video, {
      result: {
        score: { raw: realism, min: 1, max: 5, scaled: round3((realism - 1) / 4) },
        ...(random() < 0.3 ? { response: 'Ik wist niet dat je zo vaak in ploegendienst werkt.' } : {}),
        extensions: { [KOERS_EXT.learned]: ['ja', 'een-beetje', 'nee'][Math.floor(random() * 3)] },
      },
    }),
  );
  return out;
}

/** The statements of one student playing one game step. */
function gameStatements(play, random) {
  const game = moduleActivity(play.step, TYPES.game);
  const out = [statement(play, 'attempted', game)];
  let score = 0;
  for (let question = 1; question <= 8; question += 1) {
    const correct = random() < 0.6;
    if (correct) score += 1;
    out.push(
      statement(
        play,
        'answered',
        {
          objectType: 'Activity',
          id: `${ACTIVITIES}/modules/${play.step.moduleId}/questions/q${question}`,
          definition: { type: TYPES.question, name: { 'nl-NL': `Kans op werk (${question})` } },
        },
        { result: { response: ['klein', 'redelijk', 'groot', 'zeer groot'][Math.floor(random() * 4)], success: correct } },
      ),
    );
  }
  out.push(
    statement(play, 'completed', game, {
      result: { score: { raw: score, min: 0, max: 8, scaled: round3(score / 8) }, success: score >= 5, completion: true, duration: `PT${60 + Math.floor(random() * 180)}S` },
    }),
  );
  return out;
}

/**
 * Statement templates for every demo student in every lesson planned for their class, each a JSON
 * string with an id and timestamp placeholder, in a shuffled order.
 * `discovery`: { students: [{ id, class_id }], schedules: [{ id, class_id, lesson_id, lesson_version, title, steps }] }.
 */
export function buildTemplates(discovery, seed = 5) {
  const random = prng(seed);
  const templates = [];
  for (const schedule of discovery.schedules) {
    const steps = schedule.steps.filter((step) => (step.type === 'video' || step.type === 'game') && step.moduleId);
    const students = discovery.students.filter((student) => student.class_id === schedule.class_id);
    for (const student of students) {
      for (const [index, step] of steps.entries()) {
        const play = { studentId: student.id, schedule, step: { ...step, title: `${step.type === 'video' ? 'Video' : 'Spel'} ${index + 1}` }, sessionId: randomUUID() };
        const made = step.type === 'video' ? videoStatements(play, random) : gameStatements(play, random);
        for (const object of made) templates.push(JSON.stringify(object));
      }
    }
  }
  if (templates.length === 0) throw new Error('No demo students in planned lessons found: is the server running in demo mode?');
  for (let i = templates.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [templates[i], templates[j]] = [templates[j], templates[i]];
  }
  return templates;
}

/** Hands out statements (fresh UUID, current timestamp) from the templates, round robin. */
export class StatementSource {
  constructor(templates) {
    this.templates = templates;
    this.next = 0;
  }

  /** One statement as a JSON string. */
  one(timestamp = new Date().toISOString()) {
    const template = this.templates[this.next];
    this.next = (this.next + 1) % this.templates.length;
    return template.replace(ID_MARK, randomUUID()).replace(TIME_MARK, timestamp);
  }

  /** A request body: a JSON array of `size` statements. */
  batch(size) {
    const timestamp = new Date().toISOString();
    const parts = new Array(size);
    for (let i = 0; i < size; i += 1) parts[i] = this.one(timestamp);
    return `[${parts.join(',')}]`;
  }

  /** Average size in bytes of a statement as sent. */
  averageBytes() {
    let total = 0;
    for (const template of this.templates) total += Buffer.byteLength(template);
    return Math.round(total / this.templates.length);
  }
}

/**
 * A statement as the server stores it (what the COPY ceiling writes): the sent statement plus
 * `stored`, `authority` and the extracted columns.
 */
export function storedRow(source, schoolId) {
  const stored = new Date().toISOString();
  const text = source.one(stored);
  const parsed = JSON.parse(text);
  parsed.stored = stored;
  parsed.authority = { objectType: 'Agent', name: 'Demo tool (H5P-voorbeeld)', account: { homePage: 'https://koers.app/xapi/clients', name: 'demo-tool' } };
  return {
    id: parsed.id,
    school_id: schoolId,
    stored,
    timestamp: parsed.timestamp,
    actor_key: `account:${parsed.actor.account.homePage}|${parsed.actor.account.name}`,
    verb_id: parsed.verb.id,
    object_id: parsed.object.id,
    statement: JSON.stringify(parsed),
  };
}
