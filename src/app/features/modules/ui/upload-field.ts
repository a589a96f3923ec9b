import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** One file to upload: a labelled file picker, a progress bar while sending, and the outcome. */
@Component({
  selector: 'app-upload-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, MatProgressBar, TranslatePipe],
  template: `
    <div class="field">
      <h3 [id]="inputId() + '-label'">{{ label() }}</h3>
      <p class="hint">{{ hint() }}</p>
      <p class="current">
        <mat-icon aria-hidden="true">{{ present() ? 'check_circle' : 'radio_button_unchecked' }}</mat-icon>
        {{ (present() ? 'moduleEditor.uploaded' : 'moduleEditor.notUploaded') | t }}
      </p>
      <input #picker class="visually-hidden" type="file" [id]="inputId()" [accept]="accept()" (change)="pick(picker)" [attr.aria-labelledby]="inputId() + '-label'" />
      <button mat-stroked-button type="button" [disabled]="percent() !== null" (click)="picker.click()">
        <mat-icon aria-hidden="true">upload</mat-icon>{{ 'moduleEditor.chooseFile' | t }}
      </button>
      @if (percent(); as percent) {
        <mat-progress-bar mode="determinate" [value]="percent" [attr.aria-label]="label()" />
        <p class="hint" role="status">{{ 'moduleEditor.uploading' | t: { percent } }}</p>
      } @else if (percent() === 0) {
        <mat-progress-bar mode="determinate" [value]="0" [attr.aria-label]="label()" />
      }
      @if (messages().length) {
        <ul class="errors" role="alert">
          @for (message of messages(); track $index) {
            <li>{{ message }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .field { display: flex; flex-direction: column; gap: 0.5rem; align-items: flex-start; }
    h3 { margin: 0; font-size: 1rem; }
    .hint { margin: 0; color: var(--mat-sys-on-surface-variant); font-size: 0.875rem; }
    .current { display: flex; align-items: center; gap: 0.25rem; margin: 0; }
    mat-progress-bar { width: 100%; max-width: 24rem; }
    .errors { margin: 0; padding-left: 1.25rem; color: var(--mat-sys-error); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class UploadField {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input('');
  readonly accept = input.required<string>();
  /** Largest file the client lets through (the server checks again). */
  readonly maxBytes = input(Number.POSITIVE_INFINITY);
  readonly present = input(false);
  /** Upload progress in percent, or null when nothing is being sent. */
  readonly percent = input<number | null>(null);
  /** Why the last upload failed (client check or server answer), already translated. */
  readonly messages = input<readonly string[]>([]);
  readonly chosen = output<File>();
  readonly rejected = output<'type' | 'size'>();

  protected pick(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    const extensions = this.accept().split(',').map((part) => part.trim().toLowerCase());
    const name = file.name.toLowerCase();
    if (!extensions.some((extension) => name.endsWith(extension))) this.rejected.emit('type');
    else if (file.size > this.maxBytes()) this.rejected.emit('size');
    else this.chosen.emit(file);
  }
}
