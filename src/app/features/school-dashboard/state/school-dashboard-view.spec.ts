import { SUPPRESSED_SHIFT, groupFigures, moduleFigures, schedule, schoolDashboard, shiftSummary } from '../testing/school-dashboard-fixtures';
import {
  countView,
  groupBars,
  groupRow,
  moduleRow,
  nextMonth,
  planningRefs,
  rowsOf,
  schoolDashboardView,
  shiftView,
  trendView,
} from './school-dashboard-view';

describe('school dashboard view shaping', () => {
  it('gives a count its share of the group, and keeps "<5" without a share', () => {
    expect(countView(21, 30)).toEqual({ kind: 'count', value: 21, share: 0.7 });
    expect(countView('<5', 30)).toEqual({ kind: 'small' });
    expect(countView(0, 0)).toEqual({ kind: 'count', value: 0, share: null });
  });

  it('shows the choice shift with its interval, or withholds it with how many pairs are missing', () => {
    expect(shiftView(shiftSummary())).toEqual({ kind: 'shown', nPaired: 39, before: 0.56, after: 0.69, difference: 0.13, ci: [-0.008, 0.257] });
    expect(shiftView(SUPPRESSED_SHIFT)).toEqual({ kind: 'suppressed', nPaired: 6, needed: 4 });
    expect(shiftView({ ...SUPPRESSED_SHIFT, nPaired: 14 })).toEqual({ kind: 'suppressed', nPaired: 14, needed: 0 });
  });

  it('names the plannings behind a figure, oldest first, and links each to its results page', () => {
    const lookup = {
      'schedule-1': schedule({ id: 'schedule-1', startsOn: '2026-12-01' }),
      'schedule-2': schedule({ id: 'schedule-2', className: 'G4B', startsOn: '2026-11-04', endsOn: '2026-11-09' }),
    };
    const refs = planningRefs(['schedule-1', 'unknown', 'schedule-2', 'schedule-1'], lookup);
    expect(refs.map((ref) => ref.scheduleId)).toEqual(['schedule-2', 'schedule-1', 'unknown']);
    expect(refs[0]).toEqual({
      scheduleId: 'schedule-2',
      lessonTitle: 'Kansrijk kiezen',
      className: 'G4B',
      startsOn: '2026-11-04',
      endsOn: '2026-11-09',
      path: '/decaan/planning/schedule-2/resultaten',
    });
    expect(refs[2]).toEqual({ scheduleId: 'unknown', lessonTitle: null, className: null, startsOn: null, endsOn: null, path: '/decaan/planning/unknown/resultaten' });
  });

  it('shapes a group row with "<5" counts and a suppressed shift', () => {
    const row = groupRow(groupFigures({ key: 'class-g4b', students: 8, reached: '<5', completed: '<5', shift: SUPPRESSED_SHIFT, scheduleIds: ['schedule-2'] }));
    expect(row.reached).toEqual({ kind: 'small' });
    expect(row.completed).toEqual({ kind: 'small' });
    expect(row.shift.kind).toBe('suppressed');
    expect(row.plannings.map((ref) => ref.path)).toEqual(['/decaan/planning/schedule-2/resultaten']);
  });

  it('shapes a module row: completion of those who started, no watch-through for a game, a link to the module', () => {
    const video = moduleRow(moduleFigures());
    expect(video.key).toBe('module-1@1');
    expect(video.completedShare).toBeCloseTo(13 / 22, 6);
    expect(video.medianWatchThrough).toBe(0.9);
    expect(video.path).toBe('/decaan/modules/module-1');
    const game = moduleRow(moduleFigures({ type: 'game', medianWatchThrough: 0.5, started: 0, completed: 0 }));
    expect(game.medianWatchThrough).toBeNull();
    expect(game.completedShare).toBeNull();
  });

  it('fills the months between the first and the last with zeros, across the new year', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    const trend = trendView([
      { month: '2027-01', started: 3, completed: 1, paired: 1 },
      { month: '2026-11', started: 22, completed: 20, paired: 20 },
      { month: 'bad', started: 99, completed: 99, paired: 99 },
    ]);
    expect(trend).toEqual({ months: ['2026-11', '2026-12', '2027-01'], started: [22, 0, 3], completed: [20, 0, 1], paired: [20, 0, 1] });
    expect(trendView([])).toEqual({ months: [], started: [], completed: [], paired: [] });
  });

  it('gives bars only where a share can be shown: none for "<5"', () => {
    const view = schoolDashboardView(schoolDashboard());
    const bars = groupBars(rowsOf(view, 'klas'));
    expect(bars.labels.map((label) => label.nl)).toEqual(['G3A', 'G4B']);
    expect(bars.reached).toEqual([0.7, null]);
    expect(bars.completed[0]).toBeCloseTo(19 / 30, 6);
    expect(bars.completed[1]).toBeNull();
    expect(rowsOf(view, 'leerjaar').map((row) => row.key)).toEqual(['leerjaar-3', 'leerjaar-4']);
    expect(rowsOf(view, 'niveau').map((row) => row.key)).toEqual(['niveau-vmbo-gt']);
  });

  it('marks a school without plannings within the filters as empty', () => {
    expect(schoolDashboardView(schoolDashboard()).empty).toBeFalse();
    expect(schoolDashboardView(schoolDashboard({ school: groupFigures({ scheduleIds: [] }) })).empty).toBeTrue();
  });
});
