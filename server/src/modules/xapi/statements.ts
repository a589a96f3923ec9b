/**
 * Turning a statement as received into what is stored: actor replacement for students,
 * validation, the extracted columns, and the comparison form used for the conflict rules.
 * Everything here is pure (no database), so a batch is checked completely before it is queued.
 */
import {
  ACTIVITY_TYPES,
  activityIds,
  KOERS_ACCOUNT_HOMEPAGE,
  KOERS_EXT,
  VERBS,
  XAPI_VERSION,
  isUuid,
  keuzemetingProblems,
  statementProblems,
  type XapiProblemCode,
} from '@koers/contracts';
import type { LocalFieldError, LocalText } from '../../http/problem';

export type Json = Record<string, unknown>;

/** Who sends statements: a signed-in student (app session) or an external tool (Basic). */
export type Caller =
  | { readonly kind: 'student'; readonly schoolId: string; readonly studentId: string; readonly classId: string }
  | { readonly kind: 'tool'; readonly schoolId: string; readonly clientId: string; readonly clientKey: string; readonly clientName: string };

export const RATING_COMMENT_MAX = 1000;
const STEP_ID_MAX = 100;
const LEARNED = ['ja', 'een-beetje', 'nee'] as const;
export type Learned = (typeof LEARNED)[number];

/** One valid statement, ready to store once the commit assigns `stored`. */
export interface PreparedStatement {
  readonly id: string;
  /** Where it sits in the request body, as a JSON pointer prefix (`/3`, or '' for a single statement). */
  readonly pointer: string;
  /** The statement without `stored` (added at commit), with id, actor (students), authority and version set. */
  readonly statement: Json;
  /** Whether the client sent a timestamp (otherwise `stored` is used). */
  readonly timestamp: string | null;
  readonly actorKey: string;
  /** The Koers student this is about: the caller, or (tools) a Koers account named in the actor. */
  readonly studentAccount: string | null;
  readonly verbId: string;
  readonly objectId: string;
  readonly objectType: string;
  readonly registration: string | null;
  readonly scheduleId: string | null;
  readonly stepId: string | null;
  readonly moduleId: string | null;
  readonly moduleVersion: number | null;
  /** The object is the planned lesson itself (`activityIds.lesson`): `completed` then completes the lesson. */
  readonly lessonActivity: boolean;
  /** The StatementRef target of a voiding statement. */
  readonly voids: string | null;
  readonly rating: { readonly realism: number | null; readonly learned: Learned | null; readonly comment: string | null } | null;
  /** The answer to a reflection question (verb answered, object = the lesson step); checked against the step's type at ingestion. */
  readonly reflection: string | null;
  readonly keuzemeting: { readonly moment: 'voor' | 'na'; readonly choices: unknown; readonly certainty: number; readonly reason: string } | null;
}

/** Dutch and English texts for each xAPI problem code (the contract's detail is English only). */
const PROBLEM_MESSAGES: Readonly<Record<XapiProblemCode | 'duplicate_id' | 'rating' | 'keuzemeting' | 'extension' | 'text', LocalText>> = {
  required: { nl: 'ontbreekt', en: 'is required' },
  type: { nl: 'heeft het verkeerde type', en: 'has the wrong type' },
  unknown_property: { nl: 'is geen veld dat xAPI 1.0.3 hier kent', en: 'is not a property xAPI 1.0.3 defines here' },
  iri: { nl: 'moet een absolute IRI zijn (zoals https://…)', en: 'must be an absolute IRI (e.g. https://…)' },
  uuid: { nl: 'moet een UUID zijn', en: 'must be a UUID' },
  mbox: { nl: 'moet een mailto:-adres zijn', en: 'must be a mailto: IRI' },
  sha1: { nl: 'moet 40 hexadecimale tekens zijn', en: 'must be 40 hexadecimal characters' },
  ifi_count: {
    nl: 'moet precies één van mbox, mbox_sha1sum, openid of account hebben',
    en: 'needs exactly one of mbox, mbox_sha1sum, openid or account',
  },
  group_members: { nl: 'een anonieme groep heeft leden nodig', en: 'an anonymous group needs members' },
  language_tag: { nl: 'is geen geldige taalcode', en: 'is not a valid language tag' },
  datetime: { nl: 'moet een ISO 8601-tijdstip met tijdzone zijn', en: 'must be an ISO 8601 date-time with a time zone' },
  duration: { nl: 'moet een ISO 8601-duur zijn (zoals PT1M30S)', en: 'must be an ISO 8601 duration (e.g. PT1M30S)' },
  score_range: { nl: 'valt buiten het toegestane bereik', en: 'is out of range' },
  version: { nl: 'moet een versie 1.0.x zijn', en: 'must be a 1.0.x version' },
  voiding_target: {
    nl: 'een intrekking (voided) moet naar een bestaand, niet-ingetrokken statement verwijzen (StatementRef)',
    en: 'a voiding statement must refer to an existing statement that is not itself voiding (StatementRef)',
  },
  unsupported: { nl: 'wordt door Koers niet ondersteund', en: 'is not supported by Koers' },
  not_allowed: { nl: 'is hier niet toegestaan', en: 'is not allowed here' },
  duplicate_id: { nl: 'komt twee keer voor in deze batch', en: 'occurs twice in this batch' },
  rating: { nl: 'is geen geldige beoordeling', en: 'is not a valid rating' },
  keuzemeting: { nl: 'is geen geldige keuzemeting', en: 'is not a valid keuzemeting' },
  extension: { nl: 'heeft niet de vorm die Koers verwacht', en: 'does not have the form Koers expects' },
  text: { nl: 'bevat een teken dat niet opgeslagen kan worden (NUL of een losse surrogaat)', en: 'contains a character that cannot be stored (NUL or a lone surrogate)' },
};

export function xapiFieldError(field: string, code: keyof typeof PROBLEM_MESSAGES): LocalFieldError {
  return { field, message: PROBLEM_MESSAGES[code] };
}

/** RFC 6901 escaping of one reference token. */
export function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The actor a student's statements get, whatever the browser sent. */
export function studentActor(studentId: string): Json {
  return { objectType: 'Agent', account: { homePage: KOERS_ACCOUNT_HOMEPAGE, name: studentId } };
}

function authorityOf(caller: Caller): Json {
  return caller.kind === 'student'
    ? { objectType: 'Agent', name: 'Koers', account: { homePage: 'https://koers.app', name: 'koers-player' } }
    : { objectType: 'Agent', name: caller.clientName, account: { homePage: 'https://koers.app/xapi/clients', name: caller.clientKey } };
}

/**
 * The canonical inverse functional identifier of an Agent or identified Group, e.g.
 * `mbox:mailto:a@b.nl` or `account:https://koers.app/leerling|<id>`; an anonymous Group is keyed
 * by its sorted members.
 */
export function actorKey(actor: Json): string {
  if (typeof actor['mbox'] === 'string') return `mbox:${actor['mbox'].toLowerCase()}`;
  if (typeof actor['mbox_sha1sum'] === 'string') return `mbox_sha1sum:${actor['mbox_sha1sum'].toLowerCase()}`;
  if (typeof actor['openid'] === 'string') return `openid:${actor['openid']}`;
  const account = actor['account'];
  if (isObject(account)) return `account:${String(account['homePage'])}|${String(account['name'])}`;
  const members = Array.isArray(actor['member']) ? (actor['member'] as Json[]).map(actorKey).sort() : [];
  return `group:[${members.join(',')}]`;
}

/** Context activities are stored as arrays, as the LRS must return them (Data §2.4.6.2). */
function normalise(statement: Json): Json {
  const context = statement['context'];
  if (!isObject(context) || !isObject(context['contextActivities'])) return statement;
  const activities = Object.fromEntries(
    Object.entries(context['contextActivities']).map(([key, value]) => [key, Array.isArray(value) ? value : [value]]),
  );
  return { ...statement, context: { ...context, contextActivities: activities } };
}

/**
 * Validates and prepares the statements of one request. Throws nothing: returns the problems
 * (field pointers into the request body) or the prepared statements.
 */
export function prepareBatch(
  bodies: readonly unknown[],
  caller: Caller,
  options: { readonly single: boolean; readonly newId: () => string },
): { readonly problems: LocalFieldError[] } | { readonly statements: PreparedStatement[] } {
  const problems: LocalFieldError[] = [];
  const statements: PreparedStatement[] = [];
  const seen = new Map<string, number>();
  bodies.forEach((body, index) => {
    const pointer = options.single ? '' : `/${index}`;
    // A student's actor is never trusted: it is replaced before anything else looks at it.
    const received = caller.kind === 'student' && isObject(body) ? { ...body, actor: studentActor(caller.studentId) } : body;
    const unstorable = unstorableText(received, pointer);
    if (unstorable !== null) {
      problems.push(xapiFieldError(unstorable, 'text'));
      return;
    }
    const found = statementProblems(received);
    if (found.length > 0) {
      for (const problem of found) problems.push(xapiFieldError(pointer + problem.field, problem.code));
      return;
    }
    const prepared = prepareOne(normalise(received as Json), caller, pointer, options.newId, problems);
    if (!prepared) return;
    const earlier = seen.get(prepared.id);
    if (earlier !== undefined) problems.push(xapiFieldError(`${pointer}/id`, 'duplicate_id'));
    seen.set(prepared.id, index);
    statements.push(prepared);
  });
  return problems.length > 0 ? { problems } : { statements };
}

function prepareOne(statement: Json, caller: Caller, pointer: string, newId: () => string, problems: LocalFieldError[]): PreparedStatement | null {
  const before = problems.length;
  const id = typeof statement['id'] === 'string' ? statement['id'].toLowerCase() : newId();
  const actor = statement['actor'] as Json;
  const verbId = (statement['verb'] as Json)['id'] as string;
  const object = statement['object'] as Json;
  const objectType = (object['objectType'] as string | undefined) ?? 'Activity';
  const objectId =
    objectType === 'Agent' || objectType === 'Group'
      ? actorKey(object)
      : objectType === 'StatementRef'
        ? String(object['id']).toLowerCase()
        : String(object['id']);
  const context = isObject(statement['context']) ? statement['context'] : {};
  const result = isObject(statement['result']) ? statement['result'] : {};
  const contextExt = isObject(context['extensions']) ? context['extensions'] : {};
  const resultExt = isObject(result['extensions']) ? result['extensions'] : {};
  const extPointer = (key: string) => `${pointer}/context/extensions/${pointerToken(key)}`;

  const scheduleId = optional(contextExt[KOERS_EXT.schedule], isUuid, extPointer(KOERS_EXT.schedule), problems);
  const moduleId = optional(contextExt[KOERS_EXT.module], isUuid, extPointer(KOERS_EXT.module), problems);
  const stepId = optional(contextExt[KOERS_EXT.step], (value): value is string => typeof value === 'string' && value.length > 0 && value.length <= STEP_ID_MAX, extPointer(KOERS_EXT.step), problems);
  const moduleVersion = optional(contextExt[KOERS_EXT.moduleVersion], (value): value is number => Number.isInteger(value) && (value as number) >= 1, extPointer(KOERS_EXT.moduleVersion), problems);

  const account = isObject(actor['account']) ? actor['account'] : null;
  const studentAccount =
    caller.kind === 'student'
      ? caller.studentId
      : account && account['homePage'] === KOERS_ACCOUNT_HOMEPAGE && isUuid(account['name'])
        ? (account['name'] as string).toLowerCase()
        : null;

  let rating: PreparedStatement['rating'] = null;
  if (verbId === VERBS.rated && scheduleId && stepId) {
    const score = isObject(result['score']) ? result['score'] : {};
    const raw = score['raw'];
    const realism = raw === undefined ? null : Number.isInteger(raw) && (raw as number) >= 1 && (raw as number) <= 5 ? (raw as number) : NaN;
    if (Number.isNaN(realism)) problems.push(xapiFieldError(`${pointer}/result/score/raw`, 'rating'));
    const learnedValue = resultExt[KOERS_EXT.learned];
    const learned = learnedValue === undefined ? null : (LEARNED as readonly unknown[]).includes(learnedValue) ? (learnedValue as Learned) : undefined;
    if (learned === undefined) problems.push(xapiFieldError(`${pointer}/result/extensions/${pointerToken(KOERS_EXT.learned)}`, 'rating'));
    const response = result['response'];
    if (typeof response === 'string' && response.length > RATING_COMMENT_MAX) problems.push(xapiFieldError(`${pointer}/result/response`, 'rating'));
    rating = { realism: realism ?? null, learned: learned ?? null, comment: typeof response === 'string' && response.trim() !== '' ? response : null };
  }

  let keuzemeting: PreparedStatement['keuzemeting'] = null;
  const definition = isObject(object['definition']) ? object['definition'] : {};
  if (verbId === VERBS.responded && definition['type'] === ACTIVITY_TYPES.keuzemeting) {
    const payload = resultExt[KOERS_EXT.keuzemeting];
    const at = `${pointer}/result/extensions/${pointerToken(KOERS_EXT.keuzemeting)}`;
    for (const problem of keuzemetingProblems(payload)) problems.push({ field: at + problem.field, message: { nl: `is geen geldige keuzemeting (${problem.code})`, en: `is not a valid keuzemeting (${problem.code})` } });
    const moment = resultExt[KOERS_EXT.moment];
    if (moment !== 'voor' && moment !== 'na') problems.push(xapiFieldError(`${pointer}/result/extensions/${pointerToken(KOERS_EXT.moment)}`, 'keuzemeting'));
    if (problems.length === before) {
      const meting = payload as { choices: unknown; certainty: number; reason: string };
      keuzemeting = { moment: moment as 'voor' | 'na', choices: meting.choices, certainty: meting.certainty, reason: meting.reason };
    }
  }
  if (problems.length > before) return null;

  const lessonActivity = objectType === 'Activity' && scheduleId !== null && objectId === activityIds.lesson(scheduleId.toLowerCase());
  const registration = typeof context['registration'] === 'string' ? context['registration'].toLowerCase() : null;
  const stored: Json = {
    ...statement,
    id,
    authority: authorityOf(caller),
    version: typeof statement['version'] === 'string' ? statement['version'] : XAPI_VERSION,
  };
  delete stored['stored'];
  return {
    id,
    pointer,
    statement: stored,
    timestamp: typeof statement['timestamp'] === 'string' ? statement['timestamp'] : null,
    actorKey: actorKey(actor),
    studentAccount,
    verbId,
    objectId,
    objectType,
    registration,
    scheduleId: scheduleId?.toLowerCase() ?? null,
    // A statement about the whole lesson (launched, completed) is not about a step, whatever step
    // the player was on when it sent it.
    stepId: scheduleId && !lessonActivity ? (stepId ?? null) : null,
    moduleId: moduleId?.toLowerCase() ?? null,
    moduleVersion: moduleVersion ?? null,
    lessonActivity,
    voids: verbId === VERBS.voided ? String(object['id']).toLowerCase() : null,
    rating,
    keuzemeting,
    reflection:
      verbId === VERBS.answered && scheduleId && stepId && objectId === activityIds.lessonStep(scheduleId.toLowerCase(), stepId) && typeof result['response'] === 'string'
        ? result['response']
        : null,
  };
}

/**
 * The pointer of the first string (or key) PostgreSQL cannot keep in jsonb: a NUL character or
 * a lone UTF-16 surrogate. Refused with 400 instead of failing the transaction.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isUnstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
/** In JSON.stringify output a NUL and a lone surrogate appear only as `\u0000` / `\udXXX` escapes. */
const SUSPICIOUS_ESCAPE = /\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

/** Fast path for the hot ingestion loop: one serialisation, and the walk only when needed. */
function unstorableText(value: unknown, pointer: string): string | null {
  return SUSPICIOUS_ESCAPE.test(JSON.stringify(value) ?? '') ? findUnstorableText(value, pointer) : null;
}

function findUnstorableText(value: unknown, pointer: string): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? pointer : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorableText(value[index], `${pointer}/${index}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (isObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      const at = `${pointer}/${pointerToken(key)}`;
      if (isUnstorable(key)) return at;
      const found = findUnstorableText(entry, at);
      if (found !== null) return found;
    }
  }
  return null;
}

/** An optional Koers extension: undefined → null; present but malformed → a problem. */
function optional<T>(value: unknown, valid: (value: unknown) => value is T, field: string, problems: LocalFieldError[]): T | null {
  if (value === undefined || value === null) return null;
  if (valid(value)) return value;
  problems.push(xapiFieldError(field, 'extension'));
  return null;
}

/**
 * The form two statements are compared in (Data §2.3.1): without what the LRS sets (stored,
 * authority, version), case-insensitive ids, group members in any order, keys in any order.
 * A timestamp only counts when the new statement carries one.
 */
export function comparisonKey(statement: Json, ignoreTimestamp: boolean): string {
  const copy: Json = { ...statement };
  delete copy['stored'];
  delete copy['authority'];
  delete copy['version'];
  if (ignoreTimestamp) delete copy['timestamp'];
  else if (typeof copy['timestamp'] === 'string') copy['timestamp'] = new Date(copy['timestamp']).toISOString();
  return canonical(copy);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => {
        let entry = value[key];
        if (key === 'member' && Array.isArray(entry)) entry = [...entry].sort((a, b) => canonical(a).localeCompare(canonical(b)));
        if ((key === 'mbox' || key === 'mbox_sha1sum') && typeof entry === 'string') entry = entry.toLowerCase();
        if (key === 'id' && isUuid(entry)) entry = entry.toLowerCase();
        return `${JSON.stringify(key)}:${canonical(entry)}`;
      });
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The `ids` format of GET (Communication §2.1.3): agents by identifier only, activities and verbs by id only. */
export function idsFormat(statement: Json): Json {
  const agent = (actor: unknown): unknown => {
    if (!isObject(actor)) return actor;
    const kept: Json = {};
    for (const key of ['objectType', 'mbox', 'mbox_sha1sum', 'openid', 'account']) if (actor[key] !== undefined) kept[key] = actor[key];
    if (Array.isArray(actor['member']) && actor['objectType'] === 'Group' && Object.keys(kept).length === 1) kept['member'] = actor['member'].map(agent);
    return kept;
  };
  const activity = (value: unknown): unknown => (isObject(value) ? { objectType: 'Activity', id: value['id'] } : value);
  const object = statement['object'] as Json;
  const objectType = (object['objectType'] as string | undefined) ?? 'Activity';
  const result: Json = {
    ...statement,
    actor: agent(statement['actor']),
    verb: { id: (statement['verb'] as Json)['id'] },
    object: objectType === 'Activity' ? activity(object) : objectType === 'Agent' || objectType === 'Group' ? agent(object) : object,
  };
  if (statement['authority'] !== undefined) result['authority'] = agent(statement['authority']);
  const context = statement['context'];
  if (isObject(context)) {
    const copy: Json = { ...context };
    if (copy['instructor'] !== undefined) copy['instructor'] = agent(copy['instructor']);
    if (copy['team'] !== undefined) copy['team'] = agent(copy['team']);
    if (isObject(copy['contextActivities'])) {
      copy['contextActivities'] = Object.fromEntries(
        Object.entries(copy['contextActivities']).map(([key, list]) => [key, Array.isArray(list) ? list.map(activity) : list]),
      );
    }
    result['context'] = copy;
  }
  return result;
}
