import { ChangeDetectionStrategy, Component, type Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatShare } from '../../../shared/charts/chart-format';
import { type GroupBarSeries, GroupBarChart } from '../../../shared/charts/group-bar-chart';
import { type TrendSeries, TrendChart } from '../../../shared/charts/trend-chart';
import { shortSchoolDate } from '../../../shared/format/dates';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { type SchoolDashboardFilters, filtersFromQuery, hasFilters, queryFromFilters, sameFilters } from '../data/school-dashboard-filters';
import { SchoolDashboardPageActions } from '../state/school-dashboard.actions';
import { schoolDashboardFeature, selectGroupBars } from '../state/school-dashboard.feature';
import { GROUPINGS, type GroupBars, type GroupRow, type Grouping } from '../state/school-dashboard-view';
import { GroupFiguresTable } from '../ui/group-figures-table';
import { ModuleFiguresTable } from '../ui/module-figures-table';
import { OverviewFigures } from '../ui/overview-figures';
import { SHIFT_MINIMUM, compareSummary, localLabel, monthLabel, trendSummary } from '../ui/school-dashboard-format';
import { DashboardFiltersForm } from '../ui/dashboard-filters-form';

const GROUPING_LABEL: Readonly<Record<Grouping, TranslationKey>> = {
  leerjaar: 'schoolDashboard.grouping.leerjaar',
  niveau: 'schoolDashboard.grouping.niveau',
  klas: 'schoolDashboard.grouping.klas',
};
const GROUPING_LOWER: Readonly<Record<Grouping, TranslationKey>> = {
  leerjaar: 'schoolDashboard.grouping.leerjaarLower',
  niveau: 'schoolDashboard.grouping.niveauLower',
  klas: 'schoolDashboard.grouping.klasLower',
};

/**
 * The decaan's dashboard of the whole school (issue 7): reach, completion, ratings and choice shift
 * overall, by class, leerjaar and niveau, per module, and over the school year. The filters live
 * in the URL (`?leerjaar=&niveau=&van=&tot=`), so a shared link shows the same view and
 * back/forward works. Every figure can be traced to the plannings behind it.
 */
@Component({
  selector: 'app-school-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyState,
    DashboardFiltersForm,
    GroupBarChart,
    GroupFiguresTable,
    MatAnchor,
    MatButton,
    MatButtonToggle,
    MatButtonToggleGroup,
    MatCard,
    MatCardContent,
    MatIcon,
    MatProgressBar,
    ModuleFiguresTable,
    OverviewFigures,
    RequestError,
    RouterLink,
    TranslatePipe,
    TrendChart,
  ],
  templateUrl: './school-dashboard-page.html',
  styleUrl: './school-dashboard-page.scss',
})
export class SchoolDashboardPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18n);

  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The filters, read from the URL. */
  protected readonly filters = computed(() => filtersFromQuery(this.query()), { equal: sameFilters });

  protected readonly status = this.store.selectSignal(schoolDashboardFeature.selectStatus);
  protected readonly error = this.store.selectSignal(schoolDashboardFeature.selectError);
  protected readonly view = this.store.selectSignal(schoolDashboardFeature.selectView);
  protected readonly dateErrors = this.store.selectSignal(schoolDashboardFeature.selectDateErrors);
  private readonly dashboardFilters = this.store.selectSignal(schoolDashboardFeature.selectDashboardFilters);
  private readonly schedulesStatus = this.store.selectSignal(schoolDashboardFeature.selectSchedulesStatus);
  protected readonly namesFailed = computed(() => this.schedulesStatus() === 'failed');

  protected readonly groupings = GROUPINGS;
  protected readonly groupingLabel = GROUPING_LABEL;
  protected readonly grouping = signal<Grouping>('leerjaar');
  private readonly barSelectors = Object.fromEntries(GROUPINGS.map((grouping) => [grouping, this.store.selectSignal(selectGroupBars(grouping))])) as Record<
    Grouping,
    Signal<GroupBars | null>
  >;

  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly hasDateError = computed(() => !!(this.dateErrors().from || this.dateErrors().to));
  /** The figures on screen belong to other filters than the URL's (their request failed). */
  protected readonly stale = computed(() => {
    const shown = this.dashboardFilters();
    return this.status() === 'failed' && shown !== null && !sameFilters(shown, this.filters());
  });

  /** "Je ziet: leerjaar 3, niveau havo, lessen vanaf 1-9-2026." */
  protected readonly activeText = computed(() => {
    const filters = this.filters();
    this.i18n.language();
    const parts: string[] = [];
    if (filters.leerjaar !== undefined) parts.push(this.i18n.translate('schoolDashboard.filters.leerjaarActive', { leerjaar: filters.leerjaar }));
    if (filters.niveau) parts.push(this.i18n.translate('schoolDashboard.filters.niveauActive', { niveau: filters.niveau }));
    if (filters.from) parts.push(this.i18n.translate('schoolDashboard.filters.fromActive', { date: shortSchoolDate(filters.from) }));
    if (filters.to) parts.push(this.i18n.translate('schoolDashboard.filters.toActive', { date: shortSchoolDate(filters.to) }));
    return parts.length ? this.i18n.translate('schoolDashboard.filters.active', { filters: parts.join(', ') }) : this.i18n.translate('schoolDashboard.filters.activeAll');
  });

  protected readonly bars = computed(() => {
    const grouping = this.grouping();
    const bars = this.barSelectors[grouping]();
    const language = this.i18n.language();
    if (!bars) return null;
    const cells = (pick: (row: GroupRow) => GroupRow['reached']) =>
      bars.rows.map((row) => {
        const count = pick(row);
        if (count.kind === 'small') return this.i18n.translate('schoolDashboard.compare.cellSmall', { students: row.students });
        return this.i18n.translate('schoolDashboard.compare.cell', { count: count.value, students: row.students, share: count.share === null ? '–' : formatShare(count.share, language) });
      });
    const series: GroupBarSeries[] = [
      { label: this.i18n.translate('schoolDashboard.compare.reached'), values: bars.reached, cells: cells((row) => row.reached) },
      { label: this.i18n.translate('schoolDashboard.compare.completed'), values: bars.completed, cells: cells((row) => row.completed) },
    ];
    const categories = bars.labels.map((label) => localLabel(label, language));
    return {
      title: this.i18n.translate('schoolDashboard.compare.title', { grouping: this.i18n.translate(GROUPING_LOWER[grouping]) }),
      categoryLabel: this.i18n.translate(GROUPING_LABEL[grouping]),
      categories,
      series,
      summary: compareSummary(this.i18n, categories, bars.reached, bars.completed),
      anySmall: bars.rows.some((row) => row.reached.kind === 'small' || row.completed.kind === 'small'),
    };
  });

  protected readonly trend = computed(() => {
    const view = this.view();
    const language = this.i18n.language();
    if (!view) return null;
    const { trend } = view;
    const labels = trend.months.map((month) => monthLabel(month, language));
    const series: TrendSeries[] = [
      { label: this.i18n.translate('schoolDashboard.trend.started'), values: trend.started },
      { label: this.i18n.translate('schoolDashboard.trend.completed'), values: trend.completed },
      { label: this.i18n.translate('schoolDashboard.trend.paired'), values: trend.paired },
    ];
    return { labels, series, summary: trendSummary(this.i18n, labels, trend.started, trend.completed, trend.paired) };
  });

  protected readonly shiftNote = computed(() => this.i18n.translate('schoolDashboard.shift.note', { minimum: SHIFT_MINIMUM }));

  constructor() {
    let opened = false;
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        this.store.dispatch(opened ? SchoolDashboardPageActions.filtersChanged({ filters }) : SchoolDashboardPageActions.opened({ filters }));
        opened = true;
      });
    });
  }

  /** Writes the filters to the URL; the dashboard follows the URL. */
  protected filter(filters: SchoolDashboardFilters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryFromFilters(filters), queryParamsHandling: 'merge' });
  }

  protected clearFilters(): void {
    this.filter({});
  }

  protected retry(): void {
    this.store.dispatch(SchoolDashboardPageActions.retryClicked({ filters: this.filters() }));
  }

  protected retryable(): boolean {
    const code = this.error()?.code;
    return code !== 'forbidden' && code !== 'validation' && code !== 'unauthenticated';
  }

  protected setGrouping(value: unknown): void {
    if (GROUPINGS.includes(value as Grouping)) this.grouping.set(value as Grouping);
  }
}
