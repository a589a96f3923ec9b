import { attentionStudent, planningDashboard, videoEngagement } from '../testing/dashboard-fixtures';
import { attentionGroups, learnedDistribution, planningDashboardView, progress, realismDistribution, retentionSeries } from './dashboard-view';

describe('dashboard view shaping', () => {
  it('turns started and finished into shares of the class, and 0 for an empty class', () => {
    expect(progress(21, 25)).toEqual({ value: 21, total: 25, share: 0.84 });
    expect(progress(0, 0)).toEqual({ value: 0, total: 0, share: 0 });
  });

  it('cuts the retention curve at the end of the video and clamps it to 0–1', () => {
    const series = retentionSeries({ durationSeconds: 3, retention: [1, 1.2, 0.5, -0.1, 0.2, Number.NaN] });
    expect(series).toEqual({ retention: [1, 1, 0.5, 0], durationSeconds: 3 });
    expect(retentionSeries({ durationSeconds: 0, retention: [1, 0.5] }).retention).toEqual([1, 0.5]);
    expect(retentionSeries({ durationSeconds: 30, retention: [] }).retention).toEqual([]);
  });

  it('gives realism as five categories 1–5 with their counts and n', () => {
    expect(realismDistribution(videoEngagement({ realism: [1, 2, 4, 9, 4] }))).toEqual({ categories: ['1', '2', '3', '4', '5'], counts: [1, 2, 4, 9, 4], total: 20 });
  });

  it('gives "learned" in the order ja, een beetje, nee', () => {
    const learned = learnedDistribution(videoEngagement({ learned: { ja: 11, 'een-beetje': 6, nee: 3 } }));
    expect(learned.counts).toEqual([11, 6, 3]);
    expect(learned.total).toBe(20);
    expect(learned.categories).toEqual(['dashboards.planning.learned.ja', 'dashboards.planning.learned.eenBeetje', 'dashboards.planning.learned.nee']);
  });

  it('lists each student once, under the first reason in a fixed order, with the other reasons beside them', () => {
    const groups = attentionGroups([
      attentionStudent({ studentId: 's3', displayName: 'Ayoub', reasons: ['onzeker'], certaintyAfter: 2 }),
      attentionStudent({ studentId: 's2', displayName: 'Daan', reasons: ['onzeker', 'weet-het-nog-niet'], certaintyAfter: 1 }),
      attentionStudent({ studentId: 's1', displayName: 'Sanne', reasons: ['niet-gestart'] }),
      attentionStudent({ studentId: 's5', displayName: 'Emma', reasons: ['onzeker'], certaintyAfter: 1 }),
    ]);
    expect(groups.map((group) => group.reason)).toEqual(['niet-gestart', 'weet-het-nog-niet', 'onzeker']);
    expect(groups[1].students).toEqual([{ studentId: 's2', displayName: 'Daan', certaintyAfter: 1, otherReasons: ['onzeker'] }]);
    expect(groups[2].students.map((student) => student.displayName)).toEqual(['Ayoub', 'Emma']);
  });

  it('keeps "not the mentor" (null) apart from "nobody needs a conversation" (empty)', () => {
    expect(planningDashboardView(planningDashboard({ attention: null })).attention).toBeNull();
    expect(planningDashboardView(planningDashboard({ attention: [] })).attention).toEqual([]);
  });

  it('marks a planning nobody started', () => {
    const view = planningDashboardView(planningDashboard({ started: 0, finished: 0, videos: [], games: [] }));
    expect(view.nobodyStarted).toBeTrue();
    expect(view.started.share).toBe(0);
  });
});
