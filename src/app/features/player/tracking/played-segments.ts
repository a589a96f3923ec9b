import type { PlayedSegment as Segment } from '@koers/contracts';

/**
 * The parts of a video a student really watched, as the xAPI Video Profile describes them:
 * `played-segments` is a list of `start[.]end` pairs joined by `[,]`, in seconds with up to three
 * decimals (https://w3id.org/xapi/video, result extension played-segments). `progress` is the
 * unique watched share of the video's length.
 */

/** Seconds rounded to milliseconds (the profile's precision). */
const ms = (value: number) => Math.round(value * 1000) / 1000;

export class PlayedSegments {
  private readonly segments: Segment[] = [];
  private openStart: number | null = null;

  /** The video started or resumed playing at `time`. */
  start(time: number): void {
    if (this.openStart === null) this.openStart = ms(time);
  }

  /** Playing stopped at `time` (pause, seek, end, leaving): closes the open segment. */
  stop(time: number): void {
    if (this.openStart === null) return;
    const start = this.openStart;
    this.openStart = null;
    const end = ms(time);
    if (end > start) this.segments.push({ start, end });
  }

  get playing(): boolean {
    return this.openStart !== null;
  }

  /** Closed segments in the order they were played, plus the open one up to `now` when given. */
  list(now?: number): Segment[] {
    const open = this.openStart !== null && now !== undefined && ms(now) > this.openStart ? [{ start: this.openStart, end: ms(now) }] : [];
    return [...this.segments, ...open];
  }

  /** The profile's string form, in the order played. */
  format(now?: number): string {
    return this.list(now)
      .map((segment) => `${segment.start}[.]${segment.end}`)
      .join('[,]');
  }

  /** Overlaps merged, sorted by start. */
  merged(now?: number): Segment[] {
    return mergeSegments(this.list(now));
  }

  /** Unique watched share of `length` seconds, 0..1, rounded to 3 decimals. */
  progress(length: number, now?: number): number {
    if (!(length > 0)) return 0;
    const watched = this.merged(now).reduce((sum, segment) => sum + Math.min(segment.end, length) - Math.min(segment.start, length), 0);
    return Math.min(1, ms(watched / length));
  }
}

export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const merged: Segment[] = [];
  for (const segment of sorted) {
    const last = merged[merged.length - 1];
    if (last && segment.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, segment.end) };
    else merged.push({ ...segment });
  }
  return merged;
}
