import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ReportFormat } from '../data/reports.api';

export type DownloadHrefs = Readonly<Record<ReportFormat, string>>;

/**
 * PDF, Excel and CSV downloads as real links (`download`): the browser saves the file the server
 * sends, with the session cookie or the share token as the only key.
 */
@Component({
  selector: 'app-download-links',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAnchor, MatIcon, TranslatePipe],
  template: `
    <div class="downloads" role="group" [attr.aria-label]="'reports.download.heading' | t">
      <a mat-flat-button class="pdf" [href]="hrefs().pdf" download [attr.aria-label]="'reports.download.pdfLabel' | t: { year: schoolYear() }">
        <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
        {{ 'reports.download.pdf' | t }}
      </a>
      <a mat-stroked-button class="xlsx" [href]="hrefs().xlsx" download [attr.aria-label]="'reports.download.xlsxLabel' | t: { year: schoolYear() }">
        <mat-icon aria-hidden="true">table_view</mat-icon>
        {{ 'reports.download.xlsx' | t }}
      </a>
      <a mat-stroked-button class="csv" [href]="hrefs().csv" download [attr.aria-label]="'reports.download.csvLabel' | t: { year: schoolYear() }">
        <mat-icon aria-hidden="true">download</mat-icon>
        {{ 'reports.download.csv' | t }}
      </a>
    </div>
  `,
  styles: `
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class DownloadLinks {
  readonly hrefs = input.required<DownloadHrefs>();
  /** Named in each link's accessible name ("Jaarverslag 2026-2027 downloaden als PDF"). */
  readonly schoolYear = input.required<string>();
}
