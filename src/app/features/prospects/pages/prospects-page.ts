import { ChangeDetectionStrategy, Component, type OnInit, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTab, MatTabGroup } from '@angular/material/tabs';
import { Router } from '@angular/router';
import { PROSPECT_STATUSES, type ProspectImportRequest, type ProspectIndicator, type ProspectStatus, SECTORS, type KansrijkRuleChange, type Sector } from '@koers/contracts';
import { Store } from '@ngrx/store';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import type { IndicatorFilters } from '../data/prospects.api';
import { ProspectsPageActions } from '../state/prospects.actions';
import { prospectsFeature } from '../state/prospects.feature';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { IndicatorDialog, type IndicatorDialogData } from '../ui/indicator-dialog';
import { IndicatorTable } from '../ui/indicator-table';
import { ImportForm } from '../ui/import-form';
import { ImportHistory } from '../ui/import-history';
import { RulePanel } from '../ui/rule-panel';

/** The tabs, as they appear in the address (`?tab=`). */
export const PROSPECT_TABS = ['vooruitzichten', 'importeren', 'regel'] as const;
export type ProspectTab = (typeof PROSPECT_TABS)[number];

/** `/decaan/arbeidsmarkt`: prospect values with their sources, the CSV import and the kansrijk rule. */
@Component({
  selector: 'app-prospects-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    EmptyState,
    ImportForm,
    ImportHistory,
    IndicatorTable,
    LoadingIndicator,
    MatButton,
    MatCard,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    MatTab,
    MatTabGroup,
    RequestError,
    RulePanel,
    TranslatePipe,
  ],
  template: `
    <div class="page">
      <h1>{{ 'prospects.heading' | t }}</h1>
      <p class="intro">{{ 'prospects.intro' | t }}</p>
      <mat-tab-group [selectedIndex]="tabIndex()" (selectedIndexChange)="selectTab($event)" [attr.aria-label]="'prospects.tabs.label' | t" mat-stretch-tabs="false">
        <mat-tab [label]="'prospects.tabs.indicators' | t">
          <div class="tab">
            <div class="toolbar">
              <div class="filters">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'prospects.scope.label' | t }}</mat-label>
                  <mat-select [value]="filters().scope" (selectionChange)="filter({ scope: $event.value })">
                    <mat-option [value]="null">{{ 'prospects.scope.all' | t }}</mat-option>
                    <mat-option value="opleiding">{{ 'prospects.scope.opleiding' | t }}</mat-option>
                    <mat-option value="sector">{{ 'prospects.scope.sector' | t }}</mat-option>
                  </mat-select>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'prospects.filters.sector' | t }}</mat-label>
                  <mat-select [value]="filters().sector" (selectionChange)="filter({ sector: $event.value })">
                    <mat-option [value]="null">{{ 'prospects.filters.all' | t }}</mat-option>
                    @for (sector of sectors; track sector) {
                      <mat-option [value]="sector">{{ sectorKey(sector) | t }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'prospects.filters.status' | t }}</mat-label>
                  <mat-select [value]="filters().status" (selectionChange)="filter({ status: $event.value })">
                    <mat-option [value]="null">{{ 'prospects.filters.all' | t }}</mat-option>
                    @for (status of statuses; track status) {
                      <mat-option [value]="status">{{ statusKey(status) | t }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
              </div>
              <button mat-flat-button type="button" (click)="openEntry()">
                <mat-icon aria-hidden="true">edit_note</mat-icon>
                {{ 'prospects.entry.open' | t }}
              </button>
            </div>
            @if (withdrawError(); as withdrawError) {
              <app-request-error [error]="withdrawError" [retryable]="false" />
            }
            @if (error(); as error) {
              <app-request-error [error]="error" (retry)="retry()" />
            } @else if (status() === 'loading' && indicators().length === 0) {
              <app-loading-indicator />
            } @else if (status() === 'loaded' && indicators().length === 0) {
              <mat-card appearance="outlined">
                @if (filtered()) {
                  <app-empty-state icon="filter_alt_off" [title]="'prospects.empty.filteredTitle' | t" [text]="'prospects.empty.filteredText' | t" />
                } @else {
                  <app-empty-state icon="trending_up" [title]="'prospects.empty.title' | t" [text]="'prospects.empty.text' | t">
                    <button mat-stroked-button type="button" (click)="selectTab(1)">{{ 'prospects.tabs.import' | t }}</button>
                  </app-empty-state>
                }
              </mat-card>
            } @else {
              <p class="count" aria-live="polite">
                {{ indicators().length === 1 ? ('prospects.table.countOne' | t) : ('prospects.table.count' | t: { count: indicators().length }) }}
              </p>
              <mat-card appearance="outlined">
                <app-indicator-table [indicators]="indicators()" (withdraw)="confirmWithdraw($event)" />
              </mat-card>
              <p class="legend">{{ 'prospects.labels.legend' | t }}</p>
            }
          </div>
        </mat-tab>

        <mat-tab [label]="'prospects.tabs.import' | t">
          <div class="tab">
            <h2>{{ 'prospects.import.heading' | t }}</h2>
            <app-import-form [report]="report()" [busy]="importing()" [error]="importError()" (requested)="requestImport($event)" (edited)="importEdited()" />
            <h2>{{ 'prospects.history.heading' | t }}</h2>
            @if (importsError(); as importsError) {
              <app-request-error [error]="importsError" (retry)="retry()" />
            } @else {
              <app-import-history [imports]="imports()" />
            }
          </div>
        </mat-tab>

        <mat-tab [label]="'prospects.tabs.rule' | t">
          <div class="tab">
            <h2>{{ 'prospects.rule.heading' | t }}</h2>
            @if (ruleError(); as ruleError) {
              <app-request-error [error]="ruleError" (retry)="retry()" />
            }
            <app-rule-panel [rule]="rule()" [saving]="ruleSaving()" [error]="ruleSaveError()" (changed)="changeRule($event)" />
          </div>
        </mat-tab>
      </mat-tab-group>
    </div>
  `,
  styles: `
    .intro { max-width: 60rem; }
    .tab { padding: 1rem 0.25rem; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: center; justify-content: space-between; margin-bottom: 1rem; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
    .filters mat-form-field { width: 13rem; max-width: 100%; }
    .count { margin: 0 0 0.5rem; color: var(--mat-sys-on-surface-variant); }
    .legend { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); max-width: 60rem; }
    h2 { font-size: 1.2rem; }
    @media (max-width: 600px) { .filters mat-form-field { width: 100%; } .toolbar > button { width: 100%; } }
  `,
})
export class ProspectsPage implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  /** Query parameter `?tab=`; an unknown value shows the first tab. */
  readonly tab = input<string | undefined>(undefined);

  protected readonly sectors = SECTORS;
  protected readonly statuses = PROSPECT_STATUSES;
  protected readonly tabIndex = computed(() => Math.max(0, PROSPECT_TABS.indexOf(this.tab() as ProspectTab)));

  protected readonly filters = this.store.selectSignal(prospectsFeature.selectFilters);
  protected readonly indicators = this.store.selectSignal(prospectsFeature.selectIndicators);
  protected readonly status = this.store.selectSignal(prospectsFeature.selectStatus);
  protected readonly error = this.store.selectSignal(prospectsFeature.selectError);
  protected readonly withdrawError = this.store.selectSignal(prospectsFeature.selectWithdrawError);
  protected readonly filtered = computed(() => Object.values(this.filters()).some((value) => value !== null));
  private readonly opleidingOptions = this.store.selectSignal(prospectsFeature.selectOpleidingOptions);
  private readonly saving = this.store.selectSignal(prospectsFeature.selectSaving);
  private readonly saveError = this.store.selectSignal(prospectsFeature.selectSaveError);
  private readonly createdId = this.store.selectSignal(prospectsFeature.selectCreatedId);
  protected readonly imports = this.store.selectSignal(prospectsFeature.selectImports);
  protected readonly importsError = this.store.selectSignal(prospectsFeature.selectImportsError);
  protected readonly report = this.store.selectSignal(prospectsFeature.selectReport);
  protected readonly importing = this.store.selectSignal(prospectsFeature.selectImporting);
  protected readonly importError = this.store.selectSignal(prospectsFeature.selectImportError);
  protected readonly rule = this.store.selectSignal(prospectsFeature.selectRule);
  protected readonly ruleError = this.store.selectSignal(prospectsFeature.selectRuleError);
  protected readonly ruleSaving = this.store.selectSignal(prospectsFeature.selectRuleSaving);
  protected readonly ruleSaveError = this.store.selectSignal(prospectsFeature.selectRuleSaveError);

  private entryDialog: MatDialogRef<IndicatorDialog> | null = null;

  constructor() {
    // The dialog closes once the server has stored the value; on an error it stays open and says why.
    effect(() => {
      if (this.createdId()) untracked(() => this.entryDialog?.close());
    });
  }

  ngOnInit(): void {
    this.store.dispatch(ProspectsPageActions.opened({ filters: this.filters() }));
  }

  protected selectTab(index: number): void {
    const tab = PROSPECT_TABS[index] ?? PROSPECT_TABS[0];
    void this.router.navigate([], { queryParams: { tab }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected sectorKey(sector: Sector): TranslationKey {
    return `modules.sectors.${sector}`;
  }

  protected statusKey(status: ProspectStatus): TranslationKey {
    return `prospects.status.${status}`;
  }

  protected filter(change: Partial<IndicatorFilters>): void {
    this.store.dispatch(ProspectsPageActions.filtersChanged({ filters: { ...this.filters(), ...change } }));
  }

  protected retry(): void {
    this.store.dispatch(ProspectsPageActions.retryClicked({ filters: this.filters() }));
  }

  protected openEntry(): void {
    this.store.dispatch(ProspectsPageActions.entryDialogOpened());
    const data: IndicatorDialogData = {
      opleidingen: this.opleidingOptions,
      saving: this.saving,
      error: this.saveError,
      search: (query) => this.store.dispatch(ProspectsPageActions.opleidingSearchChanged({ query })),
      submit: (input) => this.store.dispatch(ProspectsPageActions.indicatorSubmitted({ input })),
    };
    this.entryDialog = this.dialog.open(IndicatorDialog, { data, width: '40rem', maxWidth: '95vw', autoFocus: 'first-tabbable' });
    this.entryDialog.afterClosed().subscribe(() => (this.entryDialog = null));
  }

  protected confirmWithdraw(indicator: ProspectIndicator): void {
    const target = indicator.opleiding?.name ?? this.i18n.translate('prospects.table.sectorTarget', { sector: this.i18n.translate(this.sectorKey(indicator.sector)) });
    const data: ConfirmDialogData = {
      title: this.i18n.translate('prospects.withdraw.title'),
      text: this.i18n.translate('prospects.withdraw.text', { target, source: indicator.source, year: indicator.year }),
      confirm: this.i18n.translate('prospects.withdraw.confirm'),
      cancel: this.i18n.translate('prospects.withdraw.cancel'),
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '95vw' })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.store.dispatch(ProspectsPageActions.withdrawConfirmed({ indicatorId: indicator.id }));
      });
  }

  protected requestImport(request: ProspectImportRequest): void {
    this.store.dispatch(ProspectsPageActions.importRequested({ request }));
  }

  protected importEdited(): void {
    if (this.report() || this.importError()) this.store.dispatch(ProspectsPageActions.importFormEdited());
  }

  protected changeRule(change: KansrijkRuleChange): void {
    this.store.dispatch(ProspectsPageActions.ruleChangeSubmitted({ change }));
  }
}
