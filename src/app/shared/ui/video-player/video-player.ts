import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * An HTML5 video with Dutch captions switched on by default (WCAG: captions for all video).
 * The browser's own controls give keyboard access, speed and a captions toggle. Presentational:
 * the lesson player reuses it and adds tracking around it.
 */
@Component({
  selector: 'app-video-player',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <video
      controls
      preload="metadata"
      playsinline
      [src]="src()"
      [attr.poster]="poster()"
      [attr.aria-label]="label()"
    >
      @if (captions(); as captions) {
        <track kind="captions" srclang="nl" [attr.label]="captionsLabel()" [src]="captions" default />
      }
    </video>
  `,
  styles: `
    :host { display: block; }
    video { display: block; width: 100%; max-height: 70vh; aspect-ratio: 16 / 9; background: #000; border-radius: 12px; }
  `,
})
export class VideoPlayer {
  readonly src = input.required<string>();
  readonly captions = input<string | null>(null);
  readonly poster = input<string | null>(null);
  /** Accessible name: the module's title. */
  readonly label = input.required<string>();
  readonly captionsLabel = input('Nederlands');
}
