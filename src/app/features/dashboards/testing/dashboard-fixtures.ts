import type { AttentionStudent, GameEngagement, PlanningDashboard, VideoEngagement } from '@koers/contracts';
import { scheduleSummary } from '../../../testing/fixtures';

export function videoEngagement(overrides: Partial<VideoEngagement> = {}): VideoEngagement {
  return {
    stepId: 'step-video-1',
    moduleId: 'module-1',
    moduleVersion: 1,
    title: 'Een dag als verpleegkundige',
    durationSeconds: 10,
    viewers: 20,
    completed: 14,
    medianWatchThrough: 0.78,
    retention: [1, 1, 0.95, 0.9, 0.9, 0.85, 0.8, 0.8, 0.75, 0.7, 0.7],
    realism: [1, 2, 4, 9, 4],
    learned: { ja: 11, 'een-beetje': 6, nee: 3 },
    comments: ['Ik wist niet dat je ook nachtdiensten hebt.', 'Leuk om echte mensen te zien.'],
    ...overrides,
  };
}

export function gameEngagement(overrides: Partial<GameEngagement> = {}): GameEngagement {
  return {
    stepId: 'step-game-1',
    moduleId: 'module-2',
    moduleVersion: 1,
    title: 'Salarisspel',
    players: 18,
    completed: 15,
    medianScore: 0.72,
    successes: 12,
    ...overrides,
  };
}

export function attentionStudent(overrides: Partial<AttentionStudent> = {}): AttentionStudent {
  return { studentId: 's1', displayName: 'Sanne', reasons: ['niet-gestart'], certaintyAfter: null, ...overrides };
}

export function planningDashboard(overrides: Partial<PlanningDashboard> = {}): PlanningDashboard {
  return {
    planning: scheduleSummary(),
    classSize: 25,
    started: 21,
    finished: 17,
    videos: [videoEngagement()],
    games: [gameEngagement()],
    attention: [
      attentionStudent({ studentId: 's1', displayName: 'Sanne', reasons: ['niet-gestart'] }),
      attentionStudent({ studentId: 's2', displayName: 'Daan', reasons: ['weet-het-nog-niet', 'onzeker'], certaintyAfter: 1 }),
      attentionStudent({ studentId: 's3', displayName: 'Ayoub', reasons: ['onzeker'], certaintyAfter: 2 }),
      attentionStudent({ studentId: 's4', displayName: 'Bram', reasons: ['niet-afgerond'] }),
    ],
    students: null,
    ...overrides,
  };
}
