import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatCard } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { Store } from '@ngrx/store';
import { LanguageSwitch } from '../../../core/i18n/language-switch';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { REPORT_FORMATS, type ReportFormat, sharedReportDownloadUrl } from '../data/reports.api';
import { SharedReportPageActions } from '../state/reports.actions';
import { reportsFeature } from '../state/reports.feature';
import { type DownloadHrefs, DownloadLinks } from '../ui/download-links';
import { ReportView } from '../ui/report-view';

/**
 * `/gedeeld/verslag/:token`: a school-year report behind an expiring link, for the board or the
 * participation council. No sign-in and no staff chrome: it calls only the public
 * `/api/shared/reports/:token`, so nothing here can answer 401 and send the reader to sign-in.
 */
@Component({
  selector: 'app-shared-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DownloadLinks, LanguageSwitch, MatCard, MatIcon, ReportView, RequestError, TranslatePipe],
  template: `
    <header class="top">
      <p class="brand">
        <mat-icon aria-hidden="true">explore</mat-icon>
        <span
          ><strong>{{ 'reports.shared.brand' | t }}</strong> · {{ 'reports.shared.label' | t }}</span
        >
      </p>
      <app-language-switch class="on-brand" />
    </header>
    <main class="page" id="main">
      @if (linkDead()) {
        <mat-card appearance="outlined" class="dead">
          <mat-icon class="dead-icon" aria-hidden="true">link_off</mat-icon>
          <h1>{{ 'reports.shared.notFoundTitle' | t }}</h1>
          <p role="alert">{{ 'reports.shared.notFound' | t }}</p>
        </mat-card>
      } @else if (error(); as error) {
        <app-request-error [error]="error" (retry)="retry()" />
      } @else if (report(); as report) {
        <p class="read-only">
          <mat-icon aria-hidden="true">visibility</mat-icon>
          <span>{{ 'reports.shared.readOnly' | t }}</span>
        </p>
        <app-download-links [hrefs]="downloads()" [schoolYear]="schoolYear()" />
        <mat-card appearance="outlined" class="report-card">
          <app-report-view [report]="report" [titleLevel]="1" />
        </mat-card>
      } @else {
        <div class="loading" aria-busy="true">
          <p class="visually-hidden" role="status">{{ 'reports.loading' | t }}</p>
          <div class="skeleton title" aria-hidden="true"></div>
          <div class="skeleton line" aria-hidden="true"></div>
          <div class="skeleton block" aria-hidden="true"></div>
        </div>
      }
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100dvh;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      padding: 0.5rem 1rem;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .read-only {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      margin: 0 0 1rem;
      color: var(--mat-sys-on-surface-variant);
    }
    app-download-links {
      display: block;
      margin-bottom: 1rem;
    }
    .report-card {
      padding: 1.25rem;
    }
    @media (min-width: 600px) {
      .report-card {
        padding: 1.5rem 2rem;
      }
    }
    .dead {
      display: flex;
      flex-direction: column;
      align-items: center;
      max-width: 36rem;
      margin: 10vh auto 0;
      padding: 2rem 1.5rem;
      text-align: center;
    }
    .dead-icon {
      width: 56px;
      height: 56px;
      font-size: 56px;
      color: var(--mat-sys-primary);
    }
    .dead p {
      margin: 0;
    }
    .skeleton {
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      animation: pulse 1.6s ease-in-out infinite;
    }
    .skeleton.title {
      width: 55%;
      height: 2rem;
      margin-bottom: 0.75rem;
    }
    .skeleton.line {
      width: 80%;
      height: 1rem;
      margin-bottom: 1.5rem;
    }
    .skeleton.block {
      height: 14rem;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton {
        animation: none;
      }
    }
  `,
})
export class SharedReportPage {
  private readonly store = inject(Store);

  /** From the route (`:token`); the only key to the report. */
  readonly token = input.required<string>();

  protected readonly report = this.store.selectSignal(reportsFeature.selectShared);
  protected readonly error = this.store.selectSignal(reportsFeature.selectSharedError);
  protected readonly linkDead = this.store.selectSignal(reportsFeature.selectSharedLinkDead);
  protected readonly downloads = computed<DownloadHrefs>(() => {
    const token = this.token();
    return Object.fromEntries(REPORT_FORMATS.map((format) => [format, sharedReportDownloadUrl(token, format)])) as Record<ReportFormat, string>;
  });
  /** The year, for the download links' names: the report's title carries it ("… schooljaar 2026-2027"). */
  protected readonly schoolYear = computed(() => /\d{4}-\d{4}/.exec(this.report()?.title ?? '')?.[0] ?? '');

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => this.store.dispatch(SharedReportPageActions.opened({ token })));
    });
  }

  protected retry(): void {
    this.store.dispatch(SharedReportPageActions.retryClicked({ token: this.token() }));
  }
}
