import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, untracked } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type * as QRCode from 'qrcode';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { HandoutPageActions } from '../state/planning.actions';
import { planningFeature } from '../state/planning.feature';
import { shortSchoolDate } from '../../../shared/format/dates';

/** A printable A4 handout for the classroom: the lesson, the code, the link and a QR code. */
@Component({
  selector: 'app-handout-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadingIndicator, MatButton, MatIcon, RequestError, RouterLink, TranslatePipe],
  templateUrl: './handout-page.html',
  styleUrl: './handout-page.scss',
})
export class HandoutPage {
  private readonly store = inject(Store);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly document = inject(DOCUMENT);
  /** Route parameter. */
  readonly scheduleId = input.required<string>();

  protected readonly schedule = this.store.selectSignal(planningFeature.selectHandout);
  protected readonly error = this.store.selectSignal(planningFeature.selectHandoutError);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly schoolName = computed(() => this.user()?.school.name ?? '');
  protected readonly link = computed(() => {
    const schedule = this.schedule();
    return schedule ? `${this.document.location.origin}${schedule.studentPath}` : '';
  });
  /** The QR code as SVG markup generated here from the link (no external service). */
  protected readonly qr = resource({
    params: () => this.link() || undefined,
    loader: async ({ params }): Promise<SafeHtml> => {
      // Loaded only here, so the planning page does not carry the QR encoder.
      // qrcode is CommonJS: its functions arrive on the default export.
      const loaded = (await import('qrcode')) as typeof QRCode & { readonly default?: typeof QRCode };
      const qrSvg = (loaded.default ?? loaded).toString;
      // The SVG comes from our own QR encoder, not from user input, so it is safe to insert.
      return this.sanitizer.bypassSecurityTrustHtml(await qrSvg(params, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
    },
  });

  constructor() {
    effect(() => {
      const scheduleId = this.scheduleId();
      untracked(() => this.store.dispatch(HandoutPageActions.opened({ scheduleId })));
    });
  }

  protected readonly formatDate = shortSchoolDate;

  protected print(): void {
    this.document.defaultView?.print();
  }
}
