import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, type OnInit, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { prefersReducedMotion } from '../../../shared/charts/chart-setup';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { REPORT_FORMATS, type ReportFormat, reportDownloadUrl } from '../data/reports.api';
import { ReportPageActions } from '../state/reports.actions';
import { type ShareRow, reportsFeature, selectShareRows } from '../state/reports.feature';
import { isSchoolYear, recentSchoolYears, schoolYearOf } from '../state/school-year';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { CreatedLink } from '../ui/created-link';
import { type DownloadHrefs, DownloadLinks } from '../ui/download-links';
import { formatShortDateTime } from '../ui/report-format';
import { ReportView } from '../ui/report-view';
import { ShareForm } from '../ui/share-form';
import { ShareList } from '../ui/share-list';

/**
 * `/schoolleiding/jaarverslag` (also `/decaan/jaarverslag`): the school-year report (`?jaar=2026-2027`,
 * this school year by default) with PDF, Excel and CSV downloads, and expiring read-only links to
 * share it with the board or the participation council.
 */
@Component({
  selector: 'app-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CreatedLink,
    DownloadLinks,
    EmptyState,
    MatButton,
    MatCard,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    ReportView,
    RequestError,
    ShareForm,
    ShareList,
    TranslatePipe,
  ],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
})
export class ReportPage implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);

  /** Query parameter `?jaar=2026-2027`; missing or malformed means this school year. */
  readonly jaar = input<string | undefined>(undefined);

  private readonly currentYear = schoolYearOf(new Date());
  protected readonly schoolYear = computed(() => {
    const asked = this.jaar();
    return isSchoolYear(asked) ? asked : this.currentYear;
  });
  /** This school year and the four before it, plus a year from the address that is older. */
  protected readonly years = computed(() => {
    const years = recentSchoolYears(this.currentYear);
    return years.includes(this.schoolYear()) ? years : [...years, this.schoolYear()].sort().reverse();
  });
  protected readonly yearLabel = (year: string) => (year === this.currentYear ? this.i18n.translate('reports.year.current', { year }) : year);

  protected readonly downloads = computed<DownloadHrefs>(() => {
    const year = this.schoolYear();
    return Object.fromEntries(REPORT_FORMATS.map((format) => [format, reportDownloadUrl(year, format)])) as Record<ReportFormat, string>;
  });

  protected readonly report = this.store.selectSignal(reportsFeature.selectReport);
  protected readonly reportStatus = this.store.selectSignal(reportsFeature.selectReportStatus);
  protected readonly reportError = this.store.selectSignal(reportsFeature.selectReportError);
  protected readonly shares = this.store.selectSignal(selectShareRows(Date.now()));
  protected readonly sharesStatus = this.store.selectSignal(reportsFeature.selectSharesStatus);
  protected readonly sharesError = this.store.selectSignal(reportsFeature.selectSharesError);
  protected readonly noShares = this.store.selectSignal(reportsFeature.selectNoShares);
  protected readonly creating = this.store.selectSignal(reportsFeature.selectCreating);
  protected readonly createError = this.store.selectSignal(reportsFeature.selectCreateError);
  protected readonly created = this.store.selectSignal(reportsFeature.selectCreated);
  private readonly createdPath = this.store.selectSignal(reportsFeature.selectCreatedPath);
  protected readonly createdUrl = computed(() => {
    const path = this.createdPath();
    return path ? `${this.document.defaultView?.location.origin ?? ''}${path}` : null;
  });

  constructor() {
    // The year in the address decides which report is loaded, also on back/forward.
    effect(() => {
      const schoolYear = this.schoolYear();
      untracked(() => this.store.dispatch(ReportPageActions.yearSelected({ schoolYear })));
    });
  }

  ngOnInit(): void {
    this.store.dispatch(ReportPageActions.opened());
  }

  protected selectYear(jaar: string): void {
    void this.router.navigate([], { queryParams: { jaar }, queryParamsHandling: 'merge' });
  }

  /** The share section is below the (long) report: jump there and put the focus on it. */
  protected goToShare(): void {
    const section = this.document.getElementById('delen');
    section?.scrollIntoView({ behavior: prefersReducedMotion(this.document.defaultView) ? 'auto' : 'smooth', block: 'start' });
    section?.focus({ preventScroll: true });
  }

  protected retryReport(): void {
    this.store.dispatch(ReportPageActions.reportRetryClicked({ schoolYear: this.schoolYear() }));
  }

  protected retryShares(): void {
    this.store.dispatch(ReportPageActions.sharesRetryClicked());
  }

  protected share(days: number): void {
    this.store.dispatch(ReportPageActions.shareSubmitted({ input: { schoolYear: this.schoolYear(), days } }));
  }

  protected shareFormEdited(): void {
    if (this.createError()) this.store.dispatch(ReportPageActions.shareFormEdited());
  }

  protected dismissCreated(): void {
    this.store.dispatch(ReportPageActions.createdLinkDismissed());
  }

  protected confirmRevoke(share: ShareRow): void {
    const data: ConfirmDialogData = {
      title: this.i18n.translate('reports.share.revoke.title'),
      text: this.i18n.translate('reports.share.revoke.text', {
        year: share.schoolYear,
        name: share.createdBy,
        date: formatShortDateTime(share.createdAt, this.i18n.language()),
      }),
      confirm: this.i18n.translate('reports.share.revoke.confirm'),
      cancel: this.i18n.translate('reports.share.revoke.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '95vw', width: '32rem' })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.store.dispatch(ReportPageActions.revokeConfirmed({ shareId: share.id }));
      });
  }
}
