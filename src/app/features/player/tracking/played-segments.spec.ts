import { parsePlayedSegments } from '@koers/contracts';
import { PlayedSegments, mergeSegments } from './played-segments';

describe('PlayedSegments', () => {
  it('records played parts in the order played, in the video profile format', () => {
    const segments = new PlayedSegments();
    segments.start(0);
    segments.stop(5.2);
    segments.start(10);
    segments.stop(22.123456);
    expect(segments.format()).toBe('0[.]5.2[,]10[.]22.123');
  });

  it('counts a part watched twice only once for progress', () => {
    const segments = new PlayedSegments();
    segments.start(0);
    segments.stop(20);
    segments.start(10);
    segments.stop(30);
    expect(segments.progress(40)).toBe(0.75);
  });

  it('includes the part playing right now when asked for a moment', () => {
    const segments = new PlayedSegments();
    segments.start(4);
    expect(segments.playing).toBeTrue();
    expect(segments.format(8)).toBe('4[.]8');
    expect(segments.progress(40, 8)).toBe(0.1);
  });

  it('ignores a stop without a start and empty parts', () => {
    const segments = new PlayedSegments();
    segments.stop(3);
    segments.start(3);
    segments.stop(3);
    expect(segments.list()).toEqual([]);
    expect(segments.progress(0)).toBe(0);
  });

  it('never reports more than the whole video', () => {
    const segments = new PlayedSegments();
    segments.start(0);
    segments.stop(45);
    expect(segments.progress(40)).toBe(1);
  });

  it('merges overlapping segments and parses the string form back', () => {
    expect(mergeSegments([{ start: 10, end: 20 }, { start: 0, end: 5 }, { start: 4, end: 12 }])).toEqual([{ start: 0, end: 20 }]);
    expect(parsePlayedSegments('0[.]5.2[,]10[.]22[,]bad[,]9[.]3')).toEqual([
      { start: 0, end: 5.2 },
      { start: 10, end: 22 },
    ]);
    expect(parsePlayedSegments('')).toEqual([]);
  });
});
