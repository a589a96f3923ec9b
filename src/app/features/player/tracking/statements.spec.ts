import { KOERS_EXT, VERBS, VIDEO_EXT, activityIds, keuzemetingProblems } from '@koers/contracts';
import {
  type PlayContext,
  gameAnswered,
  gameCompleted,
  isoDuration,
  keuzemetingResponded,
  lessonCompleted,
  videoCompleted,
  videoInitialized,
  videoRated,
  videoSeeked,
} from './statements';

const clock = { newId: () => '5b4f3c2a-1d0e-4f9a-8b7c-6d5e4f3a2b1c', now: () => new Date('2026-11-25T10:00:00Z') };
const ctx: PlayContext = {
  studentId: 'student-1',
  scheduleId: 'a1b2c3d4-0000-4000-8000-000000000001',
  lessonId: 'lesson-1',
  lessonVersion: 2,
  lessonTitle: 'Kansrijk kiezen',
  stepId: 'step-video',
  module: { id: 'module-1', version: 3, title: 'Verpleegkundige' },
};
const session = { sessionId: 'c0ffee00-0000-4000-8000-000000000002', length: 40, completionThreshold: 0.9 };

describe('xAPI statements of the player', () => {
  it('ties every statement to the planning, lesson version, step and module version', () => {
    const statement = videoInitialized(ctx, session, { captionsOn: true, speed: 1 }, clock);
    expect(statement.id).toBe(clock.newId());
    expect(statement.timestamp).toBe('2026-11-25T10:00:00.000Z');
    expect(statement.version).toBe('1.0.3');
    expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://koers.app/leerling', name: 'student-1' } });
    expect(statement.context?.extensions).toEqual(
      jasmine.objectContaining({
        [KOERS_EXT.schedule]: ctx.scheduleId,
        [KOERS_EXT.lessonVersion]: 2,
        [KOERS_EXT.step]: 'step-video',
        [KOERS_EXT.module]: 'module-1',
        [KOERS_EXT.moduleVersion]: 3,
        [VIDEO_EXT.ccEnabled]: true,
        [VIDEO_EXT.completionThreshold]: 0.9,
      }),
    );
    expect(statement.context?.contextActivities?.parent?.[0].id).toBe(activityIds.lesson(ctx.scheduleId));
    expect(statement.context?.registration).toBe(session.sessionId);
  });

  it('follows the video profile for seeked and completed', () => {
    const seeked = videoSeeked(ctx, session, 12.3456, 30, clock);
    expect(seeked.verb.id).toBe(VERBS.seeked);
    expect(seeked.result?.extensions).toEqual({ [VIDEO_EXT.timeFrom]: 12.346, [VIDEO_EXT.timeTo]: 30 });
    const completed = videoCompleted(ctx, session, { time: 40, progress: 0.95, playedSegments: '0[.]38' }, 38, clock);
    expect(completed.verb.id).toBe(VERBS.completed);
    expect(completed.result).toEqual({
      completion: true,
      duration: 'PT38S',
      extensions: { [VIDEO_EXT.time]: 40, [VIDEO_EXT.progress]: 0.95, [VIDEO_EXT.playedSegments]: '0[.]38' },
    });
  });

  it('records the rating as a 1–5 score with the learning answer and an optional comment', () => {
    const rated = videoRated(ctx, { realism: 4, learned: 'een-beetje', comment: '  ' }, clock);
    expect(rated.verb.id).toBe(VERBS.rated);
    expect(rated.result).toEqual({ score: { raw: 4, min: 1, max: 5, scaled: 0.75 }, extensions: { [KOERS_EXT.learned]: 'een-beetje' } });
    expect(videoRated(ctx, { realism: 1, learned: 'nee', comment: 'Te kort' }, clock).result?.response).toBe('Te kort');
  });

  it('scores a game within its range and marks right and wrong answers', () => {
    const game = { ...ctx, stepId: 'step-game' };
    const answer = gameAnswered(game, { questionId: 'q 1', question: 'Kans op werk?', response: '4', correct: false }, clock);
    expect(answer.object).toEqual(jasmine.objectContaining({ id: activityIds.gameQuestion('module-1', 'q 1') }));
    expect(answer.result).toEqual({ response: '4', success: false });
    expect(gameAnswered(game, { questionId: 'x', question: 'Keuze', response: 'a', correct: null }, clock).result).toEqual({ response: 'a' });
    expect(gameCompleted(game, { scoreRaw: 12, scoreMax: 10, success: true, durationSeconds: 95.5 }, clock).result).toEqual({
      score: { raw: 10, min: 0, max: 10, scaled: 1 },
      success: true,
      completion: true,
      duration: 'PT95.5S',
    });
  });

  it('carries a valid keuzemeting and the lesson completion', () => {
    const meting = { choices: [{ kind: 'sector' as const, sector: 'zorg-welzijn' as const }], certainty: 3 as const, reason: '' };
    const statement = keuzemetingResponded({ ...ctx, module: undefined, stepId: 'pre' }, 'voor', meting, clock);
    expect(statement.object).toEqual(jasmine.objectContaining({ id: activityIds.lessonStep(ctx.scheduleId, 'pre') }));
    const payload = statement.result?.extensions?.[KOERS_EXT.keuzemeting];
    expect(keuzemetingProblems(payload)).toEqual([]);
    expect(statement.result?.extensions?.[KOERS_EXT.moment]).toBe('voor');
    const done = lessonCompleted(ctx, 600, clock);
    expect(done.object).toEqual(jasmine.objectContaining({ id: activityIds.lesson(ctx.scheduleId) }));
    expect(done.context?.contextActivities?.parent).toBeUndefined();
    expect(isoDuration(-3)).toBe('PT0S');
  });
});
