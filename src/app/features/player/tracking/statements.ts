import {
  ACTIVITY_TYPES,
  KOERS_ACCOUNT_HOMEPAGE,
  KOERS_EXT,
  VERBS,
  VIDEO_EXT,
  VIDEO_PROFILE,
  XAPI_VERSION,
  activityIds,
  type KoersVerb,
  type Keuzemeting,
  type KeuzemetingMoment,
  type XapiActivity,
  type XapiResult,
  type XapiStatement,
} from '@koers/contracts';

/**
 * Builds the xAPI 1.0.3 statements the lesson player emits. Pure: the id generator and clock are
 * passed in, so tests pin them. The actor is the student's pseudonymous account; the server
 * replaces it anyway and never trusts it.
 */

export interface PlayContext {
  readonly studentId: string;
  readonly scheduleId: string;
  readonly lessonId: string;
  readonly lessonVersion: number;
  readonly lessonTitle: string;
  readonly stepId: string;
  readonly module?: { readonly id: string; readonly version: number; readonly title: string };
}

export interface StatementClock {
  readonly newId: () => string;
  readonly now: () => Date;
}

export const browserClock: StatementClock = { newId: () => crypto.randomUUID(), now: () => new Date() };

const LANGUAGE = 'nl-NL';
/** Seconds to 3 decimals, as the video profile asks. */
const seconds = (value: number) => Math.round(value * 1000) / 1000;

/** ISO 8601 duration of a number of seconds, e.g. `PT1M5.25S` style as `PT65.25S`. */
export function isoDuration(totalSeconds: number): string {
  return `PT${seconds(Math.max(0, totalSeconds))}S`;
}

function lessonActivity(ctx: PlayContext): XapiActivity {
  return { objectType: 'Activity', id: activityIds.lesson(ctx.scheduleId), definition: { type: ACTIVITY_TYPES.lesson, name: { [LANGUAGE]: ctx.lessonTitle } } };
}

function moduleActivity(ctx: PlayContext, type: string): XapiActivity {
  if (!ctx.module) throw new Error('This statement needs a module step.');
  return { objectType: 'Activity', id: activityIds.module(ctx.module.id), definition: { type, name: { [LANGUAGE]: ctx.module.title } } };
}

function build(
  ctx: PlayContext,
  clock: StatementClock,
  verb: KoersVerb,
  object: XapiActivity,
  options: { result?: XapiResult; extensions?: Record<string, unknown>; category?: readonly XapiActivity[]; registration?: string } = {},
): XapiStatement {
  const extensions: Record<string, unknown> = {
    [KOERS_EXT.schedule]: ctx.scheduleId,
    [KOERS_EXT.lesson]: ctx.lessonId,
    [KOERS_EXT.lessonVersion]: ctx.lessonVersion,
    [KOERS_EXT.step]: ctx.stepId,
    ...(ctx.module ? { [KOERS_EXT.module]: ctx.module.id, [KOERS_EXT.moduleVersion]: ctx.module.version } : {}),
    ...options.extensions,
  };
  const isLesson = object.id === activityIds.lesson(ctx.scheduleId);
  return {
    id: clock.newId(),
    actor: { objectType: 'Agent', account: { homePage: KOERS_ACCOUNT_HOMEPAGE, name: ctx.studentId } },
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(options.result ? { result: options.result } : {}),
    context: {
      ...(options.registration ? { registration: options.registration } : {}),
      language: LANGUAGE,
      platform: 'Koers',
      contextActivities: {
        ...(isLesson ? {} : { parent: [lessonActivity(ctx)] }),
        ...(options.category ? { category: options.category } : {}),
      },
      extensions,
    },
    timestamp: clock.now().toISOString(),
    version: XAPI_VERSION,
  };
}

// ------------------------------------------------------------------ lesson

export const lessonLaunched = (ctx: PlayContext, clock = browserClock) => build(ctx, clock, 'launched', lessonActivity(ctx));

export function lessonCompleted(ctx: PlayContext, durationSeconds: number, clock = browserClock): XapiStatement {
  return build(ctx, clock, 'completed', lessonActivity(ctx), { result: { completion: true, duration: isoDuration(durationSeconds) } });
}

// ------------------------------------------------------------------ video (xAPI Video Profile)

const videoCategory: readonly XapiActivity[] = [{ objectType: 'Activity', id: VIDEO_PROFILE, definition: { type: 'http://adlnet.gov/expapi/activities/profile' } }];

export interface VideoSession {
  /** The profile's session-id: one per time the video step is opened. */
  readonly sessionId: string;
  readonly length: number;
  readonly completionThreshold: number;
}

export interface VideoState {
  readonly time: number;
  readonly progress: number;
  readonly playedSegments: string;
}

function videoStatement(ctx: PlayContext, clock: StatementClock, session: VideoSession, verb: KoersVerb, result: XapiResult, extra: Record<string, unknown> = {}): XapiStatement {
  return build(ctx, clock, verb, moduleActivity(ctx, ACTIVITY_TYPES.video), {
    result,
    category: videoCategory,
    registration: session.sessionId,
    extensions: { [VIDEO_EXT.sessionId]: session.sessionId, [VIDEO_EXT.length]: seconds(session.length), ...extra },
  });
}

export function videoInitialized(
  ctx: PlayContext,
  session: VideoSession,
  settings: { captionsOn: boolean; speed: number },
  clock = browserClock,
): XapiStatement {
  return build(ctx, clock, 'initialized', moduleActivity(ctx, ACTIVITY_TYPES.video), {
    category: videoCategory,
    registration: session.sessionId,
    extensions: {
      [VIDEO_EXT.sessionId]: session.sessionId,
      [VIDEO_EXT.length]: seconds(session.length),
      [VIDEO_EXT.completionThreshold]: session.completionThreshold,
      [VIDEO_EXT.ccEnabled]: settings.captionsOn,
      [VIDEO_EXT.ccLanguage]: 'nl',
      [VIDEO_EXT.speed]: `${settings.speed}x`,
    },
  });
}

export const videoPlayed = (ctx: PlayContext, session: VideoSession, time: number, clock = browserClock) =>
  videoStatement(ctx, clock, session, 'played', { extensions: { [VIDEO_EXT.time]: seconds(time) } });

export const videoPaused = (ctx: PlayContext, session: VideoSession, state: VideoState, clock = browserClock) =>
  videoStatement(ctx, clock, session, 'paused', { extensions: stateExtensions(state) });

export const videoSeeked = (ctx: PlayContext, session: VideoSession, from: number, to: number, clock = browserClock) =>
  videoStatement(ctx, clock, session, 'seeked', { extensions: { [VIDEO_EXT.timeFrom]: seconds(from), [VIDEO_EXT.timeTo]: seconds(to) } });

export function videoCompleted(ctx: PlayContext, session: VideoSession, state: VideoState, watchedSeconds: number, clock = browserClock): XapiStatement {
  return videoStatement(ctx, clock, session, 'completed', { completion: true, duration: isoDuration(watchedSeconds), extensions: stateExtensions(state) });
}

export const videoTerminated = (ctx: PlayContext, session: VideoSession, state: VideoState, clock = browserClock) =>
  videoStatement(ctx, clock, session, 'terminated', { extensions: stateExtensions(state) });

function stateExtensions(state: VideoState): Record<string, unknown> {
  return { [VIDEO_EXT.time]: seconds(state.time), [VIDEO_EXT.progress]: state.progress, [VIDEO_EXT.playedSegments]: state.playedSegments };
}

/** "Hoe echt voelde dit?" (1–5), "Heb je iets geleerd over het werk zelf?" and an optional comment. */
export interface VideoRating {
  readonly realism: 1 | 2 | 3 | 4 | 5;
  readonly learned: 'ja' | 'een-beetje' | 'nee';
  readonly comment: string;
}

export function videoRated(ctx: PlayContext, rating: VideoRating, clock = browserClock): XapiStatement {
  const comment = rating.comment.trim();
  return build(ctx, clock, 'rated', moduleActivity(ctx, ACTIVITY_TYPES.video), {
    result: {
      score: { raw: rating.realism, min: 1, max: 5, scaled: Math.round(((rating.realism - 1) / 4) * 1000) / 1000 },
      ...(comment ? { response: comment } : {}),
      extensions: { [KOERS_EXT.learned]: rating.learned },
    },
  });
}

// ------------------------------------------------------------------ games

export const gameAttempted = (ctx: PlayContext, clock = browserClock) => build(ctx, clock, 'attempted', moduleActivity(ctx, ACTIVITY_TYPES.game));

export function gameAnswered(
  ctx: PlayContext,
  answer: { questionId: string; question: string; response: string; correct: boolean | null },
  clock = browserClock,
): XapiStatement {
  if (!ctx.module) throw new Error('A game answer needs a module step.');
  const object: XapiActivity = {
    objectType: 'Activity',
    id: activityIds.gameQuestion(ctx.module.id, answer.questionId),
    definition: { type: ACTIVITY_TYPES.question, name: { [LANGUAGE]: answer.question.slice(0, 500) } },
  };
  return build(ctx, clock, 'answered', object, {
    result: { response: answer.response.slice(0, 1000), ...(answer.correct === null ? {} : { success: answer.correct }) },
  });
}

export function gameCompleted(ctx: PlayContext, result: { scoreRaw: number; scoreMax: number; success: boolean; durationSeconds: number }, clock = browserClock): XapiStatement {
  const max = Math.max(result.scoreMax, 0);
  const raw = Math.min(Math.max(result.scoreRaw, 0), max);
  return build(ctx, clock, 'completed', moduleActivity(ctx, ACTIVITY_TYPES.game), {
    result: {
      score: { raw, min: 0, max, scaled: max > 0 ? Math.round((raw / max) * 1000) / 1000 : 0 },
      success: result.success,
      completion: true,
      duration: isoDuration(result.durationSeconds),
    },
  });
}

// ------------------------------------------------------------------ reflection and keuzemeting

function stepActivity(ctx: PlayContext, type: string, name: string): XapiActivity {
  return { objectType: 'Activity', id: activityIds.lessonStep(ctx.scheduleId, ctx.stepId), definition: { type, name: { [LANGUAGE]: name.slice(0, 500) } } };
}

export function reflectionAnswered(ctx: PlayContext, question: string, response: string, clock = browserClock): XapiStatement {
  return build(ctx, clock, 'answered', stepActivity(ctx, ACTIVITY_TYPES.question, question), { result: { response: response.slice(0, 2000), completion: true } });
}

export function keuzemetingResponded(ctx: PlayContext, moment: KeuzemetingMoment, meting: Keuzemeting, clock = browserClock): XapiStatement {
  return build(ctx, clock, 'responded', stepActivity(ctx, ACTIVITY_TYPES.keuzemeting, moment === 'voor' ? 'Keuzemeting vooraf' : 'Keuzemeting achteraf'), {
    result: { completion: true, extensions: { [KOERS_EXT.keuzemeting]: meting, [KOERS_EXT.moment]: moment } },
  });
}

/** Steps without a module: the completed statement the player sends when the student moves on. */
export function stepCompleted(ctx: PlayContext, name: string, clock = browserClock): XapiStatement {
  return build(ctx, clock, 'completed', stepActivity(ctx, ACTIVITY_TYPES.question, name), { result: { completion: true } });
}
