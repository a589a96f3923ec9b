import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, type ElementRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatDateTime } from './report-format';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The link just created, shown once (the server keeps only a hash of its token): the full URL in a
 * read-only field, a copy button (Clipboard API, else the selection and `execCommand('copy')`), and
 * the warnings that it will not be shown again and that anyone holding it can read the report.
 */
@Component({
  selector: 'app-created-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe],
  template: `
    <section class="created" [attr.aria-labelledby]="id + '-heading'">
      <h3 class="heading" [id]="id + '-heading'">
        <mat-icon aria-hidden="true">link</mat-icon>
        {{ 'reports.share.created.heading' | t }}
      </h3>
      <p class="warning once">
        <mat-icon aria-hidden="true">warning</mat-icon>
        <strong>{{ 'reports.share.created.once' | t }}</strong>
      </p>
      <label class="label" [for]="id + '-url'">{{ 'reports.share.created.label' | t: { year: schoolYear() } }}</label>
      <div class="row">
        <textarea #field class="url" [id]="id + '-url'" rows="1" readonly spellcheck="false" [value]="url()" (focus)="field.select()"></textarea>
        <button mat-flat-button type="button" class="copy" [attr.aria-label]="'reports.share.created.copyLabel' | t" (click)="copy()">
          <mat-icon aria-hidden="true">{{ state() === 'copied' ? 'check' : 'content_copy' }}</mat-icon>
          {{ 'reports.share.created.copy' | t }}
        </button>
      </div>
      <p class="status" role="status">
        @if (state() === 'copied') {
          {{ 'reports.share.created.copied' | t }}
        } @else if (state() === 'failed') {
          {{ 'reports.share.created.copyFailed' | t }}
        }
      </p>
      <p class="warning anyone">
        <mat-icon aria-hidden="true">visibility</mat-icon>
        <span>{{ 'reports.share.created.anyone' | t: { year: schoolYear(), date: expires() } }}</span>
      </p>
      <button mat-button type="button" class="done" (click)="dismissed.emit()">{{ 'reports.share.created.done' | t }}</button>
    </section>
  `,
  styles: `
    .created {
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-tertiary);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .heading {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-medium);
    }
    .warning {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      margin: 0 0 0.75rem;
    }
    .warning mat-icon {
      flex: none;
    }
    .label {
      display: block;
      margin-bottom: 0.25rem;
      font: var(--mat-sys-label-large);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .url {
      flex: 1 1 16rem;
      min-width: 0;
      box-sizing: border-box;
      padding: 0.625rem 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: 0.875rem/1.4 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      // The whole link stays visible on a phone: it wraps anywhere and the field grows with it.
      word-break: break-all;
      resize: none;
      field-sizing: content;
    }
    .status {
      min-height: 1.25rem;
      margin: 0.25rem 0 0.5rem;
      font: var(--mat-sys-body-medium);
    }
    .done {
      margin-top: 0.25rem;
    }
  `,
})
export class CreatedLink {
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18n);

  readonly url = input.required<string>();
  readonly schoolYear = input.required<string>();
  readonly expiresAt = input.required<string>();
  readonly dismissed = output<void>();

  private static nextId = 0;
  protected readonly id = `app-created-link-${++CreatedLink.nextId}`;
  protected readonly state = signal<CopyState>('idle');
  protected readonly expires = computed(() => formatDateTime(this.expiresAt(), this.i18n.language()));
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');

  protected async copy(): Promise<void> {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(this.url());
      this.state.set('copied');
    } catch {
      this.state.set(this.copyBySelection() ? 'copied' : 'failed');
    }
  }

  /** Older browsers and non-secure origins: select the field and copy the selection. */
  private copyBySelection(): boolean {
    const field = this.field().nativeElement;
    field.focus();
    field.select();
    try {
      return this.document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
