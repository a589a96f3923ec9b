import { ChangeDetectionStrategy, Component, type ElementRef, input, viewChild } from '@angular/core';

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
      #video
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
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');

  /**
   * The frame on screen as a JPEG (`width` px wide, the video's aspect ratio), e.g. to use as a
   * module's thumbnail. Loads the frame first when only the metadata is there.
   */
  async captureFrame(width = 640): Promise<Blob> {
    const video = this.video().nativeElement;
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
      const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      video.currentTime = video.currentTime || 0.5;
      await seeked;
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = Math.round(width * (video.videoHeight && video.videoWidth ? video.videoHeight / video.videoWidth : 9 / 16));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas is not available.');
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The frame could not be encoded.'))), 'image/jpeg', 0.85));
  }
}
