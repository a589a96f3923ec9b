/**
 * xAPI 1.0.3 (issue 5): the statement shapes Koers stores and the vocabulary the player emits.
 *
 * Spec: https://github.com/adlnet/xAPI-Spec/blob/1.0.3/xAPI-Data.md (data),
 *       https://github.com/adlnet/xAPI-Spec/blob/1.0.3/xAPI-Communication.md (Statement API).
 * Video profile: https://w3id.org/xapi/video (ADL xAPI Video Profile v1.0.x).
 */

export const XAPI_VERSION = '1.0.3';
/** Header every request and response carries (Communication §6.2). */
export const XAPI_VERSION_HEADER = 'X-Experience-API-Version';
export const XAPI_CONSISTENT_THROUGH_HEADER = 'X-Experience-API-Consistent-Through';

export type LanguageMap = Readonly<Record<string, string>>;
export type Extensions = Readonly<Record<string, unknown>>;

/** An Agent identified by exactly one inverse functional identifier (Data §2.4.2.1). */
export interface XapiAgent {
  readonly objectType?: 'Agent';
  readonly name?: string;
  readonly mbox?: string; // mailto:IRI
  readonly mbox_sha1sum?: string; // 40 hex
  readonly openid?: string; // URI
  readonly account?: { readonly homePage: string; readonly name: string };
}

export interface XapiGroup {
  readonly objectType: 'Group';
  readonly name?: string;
  readonly member?: readonly XapiAgent[];
  readonly mbox?: string;
  readonly mbox_sha1sum?: string;
  readonly openid?: string;
  readonly account?: { readonly homePage: string; readonly name: string };
}

export type XapiActor = XapiAgent | XapiGroup;

export interface XapiVerb {
  readonly id: string; // IRI
  readonly display?: LanguageMap;
}

export interface XapiActivityDefinition {
  readonly name?: LanguageMap;
  readonly description?: LanguageMap;
  readonly type?: string; // IRI
  readonly moreInfo?: string;
  readonly interactionType?: string;
  readonly correctResponsesPattern?: readonly string[];
  readonly choices?: readonly { readonly id: string; readonly description?: LanguageMap }[];
  readonly extensions?: Extensions;
}

export interface XapiActivity {
  readonly objectType?: 'Activity';
  readonly id: string; // IRI
  readonly definition?: XapiActivityDefinition;
}

export interface XapiStatementRef {
  readonly objectType: 'StatementRef';
  readonly id: string; // UUID
}

export interface XapiResult {
  readonly score?: { readonly scaled?: number; readonly raw?: number; readonly min?: number; readonly max?: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string; // ISO 8601 duration
  readonly extensions?: Extensions;
}

export interface XapiContext {
  readonly registration?: string; // UUID
  readonly instructor?: XapiActor;
  readonly team?: XapiGroup;
  readonly contextActivities?: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
    readonly category?: readonly XapiActivity[];
    readonly other?: readonly XapiActivity[];
  };
  readonly revision?: string;
  readonly platform?: string;
  readonly language?: string;
  readonly statement?: XapiStatementRef;
  readonly extensions?: Extensions;
}

/** A statement as a client sends it. Sub-statements are not supported by Koers (400). */
export interface XapiStatement {
  readonly id?: string; // UUID; the player always sets it (outbox key)
  readonly actor: XapiActor;
  readonly verb: XapiVerb;
  readonly object: XapiActivity | XapiAgent | XapiStatementRef;
  readonly result?: XapiResult;
  readonly context?: XapiContext;
  readonly timestamp?: string; // ISO 8601 with time zone
  readonly stored?: string; // set by the LRS
  readonly authority?: XapiActor; // set by the LRS
  readonly version?: string; // 1.0.x
}

/** GET /xapi/statements answer (Communication §2.1.3). */
export interface XapiStatementResult {
  readonly statements: readonly XapiStatement[];
  /** Relative IRL of the next page, or '' when there is none. */
  readonly more: string;
}

/** Verbs Koers emits. */
export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  played: 'https://w3id.org/xapi/video/verbs/played',
  paused: 'https://w3id.org/xapi/video/verbs/paused',
  seeked: 'https://w3id.org/xapi/video/verbs/seeked',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  /** Realism/learning rating after a video (SEOR user research). */
  rated: 'http://id.tincanapi.com/verb/rated',
  /** A keuzemeting (choice measurement) was submitted. */
  responded: 'http://adlnet.gov/expapi/verbs/responded',
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;
export type KoersVerb = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  video: 'https://w3id.org/xapi/video/activity-type/video',
  game: 'http://activitystrea.ms/schema/1.0/game',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  keuzemeting: 'https://koers.app/xapi/activity-types/keuzemeting',
} as const;

/** The video profile's id, sent in context.contextActivities.category of video statements. */
export const VIDEO_PROFILE = 'https://w3id.org/xapi/video';

/** Video profile extensions (result and context). */
export const VIDEO_EXT = {
  time: 'https://w3id.org/xapi/video/extensions/time',
  timeFrom: 'https://w3id.org/xapi/video/extensions/time-from',
  timeTo: 'https://w3id.org/xapi/video/extensions/time-to',
  progress: 'https://w3id.org/xapi/video/extensions/progress',
  playedSegments: 'https://w3id.org/xapi/video/extensions/played-segments',
  length: 'https://w3id.org/xapi/video/extensions/length',
  sessionId: 'https://w3id.org/xapi/video/extensions/session-id',
  completionThreshold: 'https://w3id.org/xapi/video/extensions/completion-threshold',
  ccEnabled: 'https://w3id.org/xapi/video/extensions/cc-enabled',
  ccLanguage: 'https://w3id.org/xapi/video/extensions/cc-subtitle-lang',
  speed: 'https://w3id.org/xapi/video/extensions/speed',
} as const;

/** One played segment of the video profile, in seconds. */
export interface PlayedSegment {
  readonly start: number;
  readonly end: number;
}

/**
 * The video profile's played-segments string (`"0[.]5.2[,]10[.]22"`: start[.]end pairs joined by
 * [,]) as segments; malformed pairs (not two numbers, negative start, end before start) are skipped.
 * Shared by the player and the server's ingestion, so both read the format the same way.
 */
export function parsePlayedSegments(value: unknown): PlayedSegment[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split('[,]').flatMap((pair) => {
    const [start, end, ...rest] = pair.split('[.]').map((part) => (part.trim() === '' ? NaN : Number(part)));
    return rest.length > 0 || !Number.isFinite(start) || !Number.isFinite(end) || start! < 0 || end! < start! ? [] : [{ start: start!, end: end! }];
  });
}

/** Koers context extensions tying a statement to a planning, lesson step and module version. */
export const KOERS_EXT = {
  schedule: 'https://koers.app/xapi/extensions/schedule',
  lesson: 'https://koers.app/xapi/extensions/lesson',
  lessonVersion: 'https://koers.app/xapi/extensions/lesson-version',
  step: 'https://koers.app/xapi/extensions/step',
  module: 'https://koers.app/xapi/extensions/module',
  moduleVersion: 'https://koers.app/xapi/extensions/module-version',
  /** Rating: "Heb je iets geleerd over het werk zelf?" → 'ja' | 'een-beetje' | 'nee'. */
  learned: 'https://koers.app/xapi/extensions/learned',
  /** Keuzemeting payload (see keuzemeting.ts) in result.extensions. */
  keuzemeting: 'https://koers.app/xapi/extensions/keuzemeting',
  /** Keuzemeting moment: 'voor' | 'na'. */
  moment: 'https://koers.app/xapi/extensions/moment',
} as const;

/** Activity ids Koers mints (absolute IRIs under the Koers namespace). */
export const KOERS_ACTIVITY_BASE = 'https://koers.app/xapi/activities';
export const activityIds = {
  module: (moduleId: string) => `${KOERS_ACTIVITY_BASE}/modules/${moduleId}`,
  lessonStep: (scheduleId: string, stepId: string) => `${KOERS_ACTIVITY_BASE}/schedules/${scheduleId}/steps/${stepId}`,
  lesson: (scheduleId: string) => `${KOERS_ACTIVITY_BASE}/schedules/${scheduleId}`,
  gameQuestion: (moduleId: string, questionId: string) => `${KOERS_ACTIVITY_BASE}/modules/${moduleId}/questions/${encodeURIComponent(questionId)}`,
} as const;

/** Home page of the pseudonymous student accounts the server writes as actor. */
export const KOERS_ACCOUNT_HOMEPAGE = 'https://koers.app/leerling';

/** Default share of unique watched time that completes a video. */
export const VIDEO_COMPLETION_THRESHOLD = 0.9;

/** Limits of POST /xapi/statements (configurable on the server; these are the defaults). */
export const XAPI_MAX_BATCH = 500;

/*
 * Endpoints:
 *   POST /xapi/statements      body: statement or array → 200 [ids]   (batch all or nothing)
 *   PUT  /xapi/statements?statementId=…  body: statement → 204
 *   GET  /xapi/statements?statementId|voidedStatementId|agent|verb|activity|registration|
 *        related_activities|related_agents|since|until|limit|format|ascending → XapiStatementResult
 *   GET  /xapi/about → { version: ['1.0.3'] }
 * Auth: a student's app session (cookie + CSRF header; the server replaces the actor) or HTTP Basic
 * credentials of an external tool (created by the beheerder; demo: demo-tool / demo-tool-secret).
 */
