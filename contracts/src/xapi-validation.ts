/**
 * Validation of xAPI 1.0.3 statements (Data §2.4), pure and shared by the server (which refuses a
 * batch with any problem) and the player (which can check what it builds before queueing it).
 *
 * Scope: what Koers stores. Sub-statements and attachments are refused as `unsupported` rather
 * than accepted half-way; everything else in the statement model is checked field by field.
 */
import { VERBS } from './xapi';

export type XapiProblemCode =
  | 'required'
  | 'type'
  | 'unknown_property'
  | 'iri'
  | 'uuid'
  | 'mbox'
  | 'sha1'
  | 'ifi_count'
  | 'group_members'
  | 'language_tag'
  | 'datetime'
  | 'duration'
  | 'score_range'
  | 'version'
  | 'voiding_target'
  | 'unsupported'
  | 'not_allowed';

/** One reason a statement is invalid: where (JSON pointer inside the statement), a stable code, and an English sentence. */
export interface XapiProblem {
  readonly field: string;
  readonly code: XapiProblemCode;
  readonly detail: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An absolute IRI: a scheme, a colon, something after it, no white space. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const MBOX = /^mailto:[^\s@]+@[^\s@]+$/i;
const SHA1 = /^[0-9a-f]{40}$/i;
/** BCP 47, simplified: a primary subtag and optional subtags of 1..8 letters or digits. */
const LANGUAGE_TAG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;
/** ISO 8601 date-time with a time zone (Z or ±hh:mm); xAPI forbids the unknown offset -00:00. */
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)$/i;
/** ISO 8601 duration (PnYnMnWnDTnHnMnS, fractions allowed). */
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const VERSION = /^1\.0(\.\d+)?$/;

const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
export const isAbsoluteIri = (value: unknown): value is string => typeof value === 'string' && IRI.test(value);
/** An ISO 8601 date-time with time zone whose every part is in range (JavaScript's Date.parse rolls 30 February over). */
export function isXapiTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || /-00:?00$/.test(value)) return false;
  const match = DATETIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    year! >= 1 && month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth &&
    hour! <= 23 && minute! <= 59 && second <= 59 && offsetHours <= 14 && offsetMinutes <= 59
  );
}
export const isIsoDuration = (value: unknown): value is string => typeof value === 'string' && DURATION.test(value);

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects problems while walking one statement. */
class Checker {
  readonly problems: XapiProblem[] = [];

  add(field: string, code: XapiProblemCode, detail: string): void {
    this.problems.push({ field, code, detail });
  }

  /** True when `value` is an object; reports `type` otherwise. */
  object(value: unknown, field: string, what: string): value is Json {
    if (isObject(value)) return true;
    this.add(field, 'type', `${what} must be a JSON object.`);
    return false;
  }

  /** Reports every property not in `allowed`. */
  only(value: Json, field: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.add(`${field}/${escape(key)}`, 'unknown_property', `"${key}" is not a property xAPI 1.0.3 defines here.`);
    }
  }

  iri(value: unknown, field: string): void {
    if (!isAbsoluteIri(value)) this.add(field, 'iri', 'Must be an absolute IRI (e.g. https://…).');
  }

  string(value: unknown, field: string): void {
    if (typeof value !== 'string') this.add(field, 'type', 'Must be a string.');
  }

  languageMap(value: unknown, field: string): void {
    if (!this.object(value, field, 'A language map')) return;
    for (const [tag, text] of Object.entries(value)) {
      if (!LANGUAGE_TAG.test(tag)) this.add(`${field}/${escape(tag)}`, 'language_tag', `"${tag}" is not a language tag (RFC 5646).`);
      else if (typeof text !== 'string') this.add(`${field}/${escape(tag)}`, 'type', 'Must be a string.');
    }
  }

  extensions(value: unknown, field: string): void {
    if (!this.object(value, field, 'Extensions')) return;
    for (const key of Object.keys(value)) {
      if (!isAbsoluteIri(key)) this.add(`${field}/${escape(key)}`, 'iri', 'An extension key must be an absolute IRI.');
    }
  }

  /** An Agent or Group (`allowGroup`), with the inverse functional identifier rules of Data §2.4.2. */
  actor(value: unknown, field: string, allowGroup = true): void {
    if (!this.object(value, field, 'An actor')) return;
    const objectType = value['objectType'];
    if (objectType === 'Group' && allowGroup) return this.group(value, field);
    if (objectType !== undefined && objectType !== 'Agent') {
      this.add(`${field}/objectType`, 'type', allowGroup ? 'Must be "Agent" or "Group".' : 'Must be "Agent".');
      return;
    }
    this.only(value, field, ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account']);
    if (value['name'] !== undefined) this.string(value['name'], `${field}/name`);
    const count = this.identifiers(value, field);
    if (count !== 1) this.add(field, 'ifi_count', `An Agent needs exactly one of mbox, mbox_sha1sum, openid or account (found ${count}).`);
  }

  private group(value: Json, field: string): void {
    this.only(value, field, ['objectType', 'name', 'member', 'mbox', 'mbox_sha1sum', 'openid', 'account']);
    if (value['name'] !== undefined) this.string(value['name'], `${field}/name`);
    const count = this.identifiers(value, field);
    if (count > 1) this.add(field, 'ifi_count', `A Group has at most one of mbox, mbox_sha1sum, openid or account (found ${count}).`);
    const members = value['member'];
    if (members !== undefined && !Array.isArray(members)) this.add(`${field}/member`, 'type', 'Must be an array of Agents.');
    if (Array.isArray(members)) members.forEach((member, index) => this.actor(member, `${field}/member/${index}`, false));
    if (count === 0 && (!Array.isArray(members) || members.length === 0)) {
      this.add(`${field}/member`, 'group_members', 'An anonymous Group (no identifier) needs at least one member.');
    }
  }

  /** Checks each identifier present and returns how many there are. */
  private identifiers(value: Json, field: string): number {
    let count = 0;
    if (value['mbox'] !== undefined) {
      count += 1;
      if (typeof value['mbox'] !== 'string' || !MBOX.test(value['mbox'])) this.add(`${field}/mbox`, 'mbox', 'Must be a mailto: IRI (mailto:name@example.org).');
    }
    if (value['mbox_sha1sum'] !== undefined) {
      count += 1;
      if (typeof value['mbox_sha1sum'] !== 'string' || !SHA1.test(value['mbox_sha1sum'])) {
        this.add(`${field}/mbox_sha1sum`, 'sha1', 'Must be 40 hexadecimal characters (SHA-1 of the mailto: IRI).');
      }
    }
    if (value['openid'] !== undefined) {
      count += 1;
      this.iri(value['openid'], `${field}/openid`);
    }
    if (value['account'] !== undefined) {
      count += 1;
      const account = value['account'];
      if (this.object(account, `${field}/account`, 'An account')) {
        this.only(account, `${field}/account`, ['homePage', 'name']);
        if (account['homePage'] === undefined) this.add(`${field}/account/homePage`, 'required', 'An account needs a homePage.');
        else this.iri(account['homePage'], `${field}/account/homePage`);
        if (account['name'] === undefined) this.add(`${field}/account/name`, 'required', 'An account needs a name.');
        else this.string(account['name'], `${field}/account/name`);
      }
    }
    return count;
  }

  verb(value: unknown, field: string): void {
    if (!this.object(value, field, 'The verb')) return;
    this.only(value, field, ['id', 'display']);
    if (value['id'] === undefined) this.add(`${field}/id`, 'required', 'A verb needs an id.');
    else this.iri(value['id'], `${field}/id`);
    if (value['display'] !== undefined) this.languageMap(value['display'], `${field}/display`);
  }

  activity(value: unknown, field: string): void {
    if (!this.object(value, field, 'An activity')) return;
    this.only(value, field, ['objectType', 'id', 'definition']);
    if (value['objectType'] !== undefined && value['objectType'] !== 'Activity') this.add(`${field}/objectType`, 'type', 'Must be "Activity".');
    if (value['id'] === undefined) this.add(`${field}/id`, 'required', 'An activity needs an id.');
    else this.iri(value['id'], `${field}/id`);
    if (value['definition'] !== undefined) this.definition(value['definition'], `${field}/definition`);
  }

  private definition(value: unknown, field: string): void {
    if (!this.object(value, field, 'An activity definition')) return;
    const components = ['choices', 'scale', 'source', 'target', 'steps'];
    this.only(value, field, ['name', 'description', 'type', 'moreInfo', 'interactionType', 'correctResponsesPattern', 'extensions', ...components]);
    if (value['name'] !== undefined) this.languageMap(value['name'], `${field}/name`);
    if (value['description'] !== undefined) this.languageMap(value['description'], `${field}/description`);
    if (value['type'] !== undefined) this.iri(value['type'], `${field}/type`);
    if (value['moreInfo'] !== undefined) this.iri(value['moreInfo'], `${field}/moreInfo`);
    if (value['extensions'] !== undefined) this.extensions(value['extensions'], `${field}/extensions`);
    if (value['interactionType'] !== undefined && !INTERACTION_TYPES.includes(value['interactionType'] as string)) {
      this.add(`${field}/interactionType`, 'type', `Must be one of ${INTERACTION_TYPES.join(', ')}.`);
    }
    const pattern = value['correctResponsesPattern'];
    if (pattern !== undefined && (!Array.isArray(pattern) || pattern.some((entry) => typeof entry !== 'string'))) {
      this.add(`${field}/correctResponsesPattern`, 'type', 'Must be an array of strings.');
    }
    for (const key of components) {
      const list = value[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        this.add(`${field}/${key}`, 'type', 'Must be an array of interaction components.');
        continue;
      }
      list.forEach((component, index) => {
        const at = `${field}/${key}/${index}`;
        if (!this.object(component, at, 'An interaction component')) return;
        this.only(component, at, ['id', 'description']);
        if (typeof component['id'] !== 'string' || component['id'] === '') this.add(`${at}/id`, 'required', 'A component needs a non-empty id.');
        if (component['description'] !== undefined) this.languageMap(component['description'], `${at}/description`);
      });
    }
  }

  statementRef(value: Json, field: string): void {
    this.only(value, field, ['objectType', 'id']);
    if (!isUuid(value['id'])) this.add(`${field}/id`, 'uuid', 'A StatementRef needs the UUID of a statement.');
  }

  result(value: unknown, field: string): void {
    if (!this.object(value, field, 'The result')) return;
    this.only(value, field, ['score', 'success', 'completion', 'response', 'duration', 'extensions']);
    for (const flag of ['success', 'completion']) {
      if (value[flag] !== undefined && typeof value[flag] !== 'boolean') this.add(`${field}/${flag}`, 'type', 'Must be true or false.');
    }
    if (value['response'] !== undefined) this.string(value['response'], `${field}/response`);
    if (value['duration'] !== undefined && !isIsoDuration(value['duration'])) {
      this.add(`${field}/duration`, 'duration', 'Must be an ISO 8601 duration (e.g. PT1M30S).');
    }
    if (value['extensions'] !== undefined) this.extensions(value['extensions'], `${field}/extensions`);
    if (value['score'] !== undefined) this.score(value['score'], `${field}/score`);
  }

  private score(value: unknown, field: string): void {
    if (!this.object(value, field, 'The score')) return;
    this.only(value, field, ['scaled', 'raw', 'min', 'max']);
    const numbers: Record<string, number> = {};
    for (const key of ['scaled', 'raw', 'min', 'max']) {
      const entry = value[key];
      if (entry === undefined) continue;
      if (typeof entry !== 'number' || !Number.isFinite(entry)) this.add(`${field}/${key}`, 'type', 'Must be a number.');
      else numbers[key] = entry;
    }
    const { scaled, raw, min, max } = numbers;
    if (scaled !== undefined && (scaled < -1 || scaled > 1)) this.add(`${field}/scaled`, 'score_range', 'Must be between -1 and 1.');
    if (min !== undefined && max !== undefined && max <= min) this.add(`${field}/max`, 'score_range', 'Must be greater than min.');
    if (raw !== undefined && min !== undefined && raw < min) this.add(`${field}/raw`, 'score_range', 'Must not be below min.');
    if (raw !== undefined && max !== undefined && raw > max) this.add(`${field}/raw`, 'score_range', 'Must not be above max.');
  }

  context(value: unknown, field: string, objectIsActivity: boolean): void {
    if (!this.object(value, field, 'The context')) return;
    this.only(value, field, ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions']);
    if (value['registration'] !== undefined && !isUuid(value['registration'])) this.add(`${field}/registration`, 'uuid', 'Must be a UUID.');
    if (value['instructor'] !== undefined) this.actor(value['instructor'], `${field}/instructor`);
    if (value['team'] !== undefined) {
      const team = value['team'];
      if (isObject(team) && team['objectType'] !== 'Group') this.add(`${field}/team/objectType`, 'type', 'The team must be a Group.');
      else this.actor(team, `${field}/team`);
    }
    for (const key of ['revision', 'platform'] as const) {
      if (value[key] === undefined) continue;
      this.string(value[key], `${field}/${key}`);
      if (!objectIsActivity) this.add(`${field}/${key}`, 'not_allowed', `context.${key} is only allowed when the object is an Activity.`);
    }
    if (value['language'] !== undefined && (typeof value['language'] !== 'string' || !LANGUAGE_TAG.test(value['language']))) {
      this.add(`${field}/language`, 'language_tag', 'Must be a language tag (RFC 5646).');
    }
    const ref = value['statement'];
    if (ref !== undefined && this.object(ref, `${field}/statement`, 'A StatementRef')) {
      if (ref['objectType'] !== 'StatementRef') this.add(`${field}/statement/objectType`, 'type', 'Must be "StatementRef".');
      this.statementRef(ref, `${field}/statement`);
    }
    if (value['extensions'] !== undefined) this.extensions(value['extensions'], `${field}/extensions`);
    const activities = value['contextActivities'];
    if (activities !== undefined && this.object(activities, `${field}/contextActivities`, 'contextActivities')) {
      this.only(activities, `${field}/contextActivities`, CONTEXT_ACTIVITY_KEYS);
      for (const key of CONTEXT_ACTIVITY_KEYS) {
        const entry = activities[key];
        if (entry === undefined) continue;
        const at = `${field}/contextActivities/${key}`;
        if (Array.isArray(entry)) entry.forEach((activity, index) => this.activity(activity, `${at}/${index}`));
        else this.activity(entry, at);
      }
    }
  }
}

/** JSON pointer escaping of one reference token (RFC 6901). */
function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Every problem of one statement (empty when valid). `field` is a JSON pointer into the
 * statement, e.g. `/actor/mbox` or `/result/score/scaled`.
 */
export function statementProblems(statement: unknown): XapiProblem[] {
  const check = new Checker();
  if (!check.object(statement, '', 'A statement')) return check.problems;
  if (statement['attachments'] !== undefined) {
    check.add('/attachments', 'unsupported', 'Koers does not accept attachments; send the statement without them.');
  }
  check.only(statement, '', ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments']);
  if (statement['id'] !== undefined && !isUuid(statement['id'])) check.add('/id', 'uuid', 'Must be a UUID.');
  if (statement['actor'] === undefined) check.add('/actor', 'required', 'A statement needs an actor.');
  else check.actor(statement['actor'], '/actor');
  if (statement['verb'] === undefined) check.add('/verb', 'required', 'A statement needs a verb.');
  else check.verb(statement['verb'], '/verb');

  const object = statement['object'];
  let objectType: unknown = undefined;
  if (object === undefined) check.add('/object', 'required', 'A statement needs an object.');
  else if (check.object(object, '/object', 'The object')) {
    objectType = object['objectType'] ?? 'Activity';
    if (objectType === 'Activity') check.activity(object, '/object');
    else if (objectType === 'Agent' || objectType === 'Group') check.actor(object, '/object');
    else if (objectType === 'StatementRef') check.statementRef(object, '/object');
    else if (objectType === 'SubStatement') check.add('/object/objectType', 'unsupported', 'Koers does not accept SubStatements.');
    else check.add('/object/objectType', 'type', 'Must be Activity, Agent, Group, StatementRef or SubStatement.');
  }
  const verbId = isObject(statement['verb']) ? statement['verb']['id'] : undefined;
  if (verbId === VERBS.voided && object !== undefined && objectType !== 'StatementRef') {
    check.add('/object', 'voiding_target', 'A voiding statement (verb voided) must have a StatementRef as its object.');
  }
  if (statement['result'] !== undefined) check.result(statement['result'], '/result');
  if (statement['context'] !== undefined) check.context(statement['context'], '/context', objectType === 'Activity');
  for (const key of ['timestamp', 'stored'] as const) {
    if (statement[key] !== undefined && !isXapiTimestamp(statement[key])) {
      check.add(`/${key}`, 'datetime', 'Must be an ISO 8601 date and time with a time zone (e.g. 2026-11-25T10:00:00Z).');
    }
  }
  if (statement['authority'] !== undefined) check.actor(statement['authority'], '/authority');
  if (statement['version'] !== undefined && (typeof statement['version'] !== 'string' || !VERSION.test(statement['version']))) {
    check.add('/version', 'version', 'Must be a 1.0.x version (e.g. 1.0.3).');
  }
  return check.problems;
}
