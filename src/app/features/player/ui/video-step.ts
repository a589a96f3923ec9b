import { ChangeDetectionStrategy, Component, type ElementRef, OnDestroy, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { VIDEO_COMPLETION_THRESHOLD, type PlayableStep, type VideoStepContent } from '@koers/contracts';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { DemoBadge } from './demo-badge';
import { LessonTracker } from '../tracking/lesson-tracker';
import { PlayedSegments } from '../tracking/played-segments';
import {
  type VideoRating,
  type VideoSession,
  videoCompleted,
  videoInitialized,
  videoPaused,
  videoPlayed,
  videoRated,
  videoSeeked,
  videoTerminated,
} from '../tracking/statements';
import { RatingForm } from './rating-form';

export interface VideoOutcome {
  readonly progress: number;
}

/**
 * A video step: HTML5 video with Dutch captions on by default, a captions switch and playback
 * speed; tracks the parts really watched and emits the xAPI Video Profile statements. After
 * watching, the two rating questions; `finished` when the student moves on.
 */
@Component({
  selector: 'app-video-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DemoBadge, MatButton, MatButtonToggle, MatButtonToggleGroup, MatSlideToggle, RatingForm, TranslatePipe],
  template: `
    @let v = video();
    <h2 tabindex="-1" class="title">{{ v.title }}</h2>
    @if (v.demo) {
      <app-demo-badge />
    }
    <video
      #player
      controls
      preload="metadata"
      playsinline
      [src]="v.videoUrl"
      [attr.poster]="v.thumbnailUrl"
      [attr.aria-label]="v.title"
      (loadedmetadata)="onLoaded()"
      (play)="onPlay()"
      (pause)="onPause()"
      (seeking)="onSeeking()"
      (seeked)="onSeeked()"
      (timeupdate)="onTimeUpdate()"
      (ended)="onEnded()"
      (ratechange)="speed.set(player.playbackRate)"
    >
      <track kind="captions" srclang="nl" label="Nederlands" [src]="v.captionsUrl" default />
    </video>
    <div class="controls">
      <mat-slide-toggle [checked]="captionsOn()" (change)="setCaptions($event.checked)">
        {{ (captionsOn() ? 'player.video.captionsOn' : 'player.video.captionsOff') | t }}
      </mat-slide-toggle>
      <span class="speed-label" id="speed-{{ step().id }}">{{ 'player.video.speed' | t }}</span>
      <mat-button-toggle-group [attr.aria-labelledby]="'speed-' + step().id" [value]="speed()" (change)="setSpeed($event.value)" hideSingleSelectionIndicator>
        @for (rate of rates; track rate) {
          <mat-button-toggle [value]="rate">{{ rate }}×</mat-button-toggle>
        }
      </mat-button-toggle-group>
      <span class="watched">{{ 'player.video.watched' | t: { percent: percent() } }}</span>
    </div>
    @if (v.description) {
      <p class="description">{{ v.description }}</p>
    }
    <p class="credits">
      @if (v.maker) {
        <span>{{ 'player.video.madeBy' | t: { maker: v.maker } }}</span>
      }
      @if (v.source) {
        <span>{{ 'player.video.source' | t: { source: v.source } }}</span>
      }
    </p>
    @if (asking()) {
      <app-rating-form (rated)="rate($event)" (skipped)="finish()" />
    } @else {
      <button mat-flat-button type="button" (click)="doneWatching()">{{ 'player.video.doneWatching' | t }}</button>
    }
  `,
  styles: `
    :host { display: grid; gap: 0.75rem; }
    .title { font: var(--mat-sys-headline-small); margin: 0; }
    video { display: block; width: 100%; max-height: 65vh; aspect-ratio: 16 / 9; background: #000; border-radius: 12px; }
    .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
    .speed-label { font: var(--mat-sys-label-large); }
    .watched { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .description { margin: 0; }
    .credits { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class VideoStep implements OnDestroy {
  readonly step = input.required<PlayableStep & { type: 'video' }>();
  readonly finished = output<VideoOutcome>();

  private readonly tracker = inject(LessonTracker);
  private readonly playerRef = viewChild.required<ElementRef<HTMLVideoElement>>('player');
  protected readonly rates = [0.75, 1, 1.25, 1.5] as const;
  protected readonly captionsOn = signal(true);
  protected readonly speed = signal(1);
  protected readonly asking = signal(false);
  private readonly progress = signal(0);
  protected readonly percent = computed(() => Math.round(this.progress() * 100));
  protected readonly video = computed<VideoStepContent>(() => this.step().video);

  private segments = new PlayedSegments();
  private session: VideoSession | null = null;
  private lastTime = 0;
  private seekFrom: number | null = null;
  private completed = false;
  private terminated = false;

  private get element(): HTMLVideoElement {
    return this.playerRef().nativeElement;
  }

  private get length(): number {
    const duration = this.element.duration;
    return Number.isFinite(duration) && duration > 0 ? duration : this.video().durationSeconds;
  }

  private state() {
    const time = this.element.currentTime;
    return { time, progress: this.segments.progress(this.length, time), playedSegments: this.segments.format(time) };
  }

  protected onLoaded(): void {
    if (this.session) return;
    this.session = { sessionId: crypto.randomUUID(), length: this.length, completionThreshold: VIDEO_COMPLETION_THRESHOLD };
    this.applyCaptions();
    this.tracker.record(videoInitialized(this.tracker.context(this.step()), this.session, { captionsOn: this.captionsOn(), speed: this.speed() }));
  }

  protected onPlay(): void {
    if (!this.session) this.onLoaded();
    const time = this.element.currentTime;
    this.segments.start(time);
    this.tracker.record(videoPlayed(this.tracker.context(this.step()), this.session!, time));
  }

  protected onPause(): void {
    // A pause while seeking is part of the seek; at the end the `ended` handler reports.
    if (!this.session || this.element.seeking || this.element.ended) return;
    this.segments.stop(this.element.currentTime);
    this.tracker.record(videoPaused(this.tracker.context(this.step()), this.session, this.state()));
    this.checkCompletion();
  }

  protected onSeeking(): void {
    if (this.seekFrom === null) this.seekFrom = this.lastTime;
    this.segments.stop(this.lastTime);
  }

  protected onSeeked(): void {
    if (!this.session) return;
    const to = this.element.currentTime;
    this.tracker.record(videoSeeked(this.tracker.context(this.step()), this.session, this.seekFrom ?? this.lastTime, to));
    this.seekFrom = null;
    this.lastTime = to;
    if (!this.element.paused) this.segments.start(to);
  }

  protected onTimeUpdate(): void {
    if (this.element.seeking) return;
    this.lastTime = this.element.currentTime;
    this.progress.set(this.segments.progress(this.length, this.lastTime));
    this.checkCompletion();
  }

  protected onEnded(): void {
    this.segments.stop(this.element.currentTime);
    this.progress.set(this.segments.progress(this.length));
    this.checkCompletion();
    if (!this.asking()) this.asking.set(true);
  }

  /** Completed once the unique watched share reaches the threshold (once per visit). */
  private checkCompletion(): void {
    if (this.completed || !this.session) return;
    const state = this.state();
    if (state.progress < this.session.completionThreshold) return;
    this.completed = true;
    const watched = this.segments.merged(state.time).reduce((sum, segment) => sum + segment.end - segment.start, 0);
    this.tracker.record(videoCompleted(this.tracker.context(this.step()), this.session, state, watched));
  }

  protected setCaptions(on: boolean): void {
    this.captionsOn.set(on);
    this.applyCaptions();
  }

  private applyCaptions(): void {
    const track = this.element.textTracks[0];
    if (track) track.mode = this.captionsOn() ? 'showing' : 'hidden';
  }

  protected setSpeed(rate: number): void {
    this.speed.set(rate);
    this.element.playbackRate = rate;
  }

  protected doneWatching(): void {
    if (!this.element.paused) this.element.pause();
    this.asking.set(true);
  }

  protected rate(rating: VideoRating): void {
    this.tracker.record(videoRated(this.tracker.context(this.step()), rating));
    this.finish();
  }

  protected finish(): void {
    this.terminate();
    this.finished.emit({ progress: this.progress() });
  }

  /** `terminated` once: when the student moves on or leaves the page. */
  private terminate(): void {
    if (this.terminated || !this.session) return;
    this.terminated = true;
    this.segments.stop(this.element.currentTime);
    this.tracker.record(videoTerminated(this.tracker.context(this.step()), this.session, this.state()));
  }

  ngOnDestroy(): void {
    this.terminate();
  }
}
