import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCard } from '@angular/material/card';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ModuleFilters as Filters } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { filtersFromParams, hasFilters, paramsFromFilters } from '../state/module-filters';
import { ModuleLibraryPageActions } from '../state/modules.actions';
import { modulesFeature } from '../state/modules.feature';
import { ModuleCardGrid } from '../ui/module-card-grid';
import { ModuleFilterBar } from '../ui/module-filter-bar';
import { ModuleListTable } from '../ui/module-list-table';

/** The library. Its filters live in the URL query, so a shared link shows the same selection. */
@Component({
  selector: 'app-module-library-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatAnchor, MatButtonToggle, MatButtonToggleGroup, MatCard, MatIcon, ModuleCardGrid, ModuleFilterBar, ModuleListTable, RequestError, RouterLink, TranslatePipe],
  template: `
    <div class="page">
      <div class="heading">
        <h1>{{ 'modules.heading' | t }}</h1>
        <a mat-flat-button routerLink="nieuw"><mat-icon aria-hidden="true">add</mat-icon>{{ 'moduleEditor.newHeading' | t }}</a>
      </div>
      <p>{{ 'modules.intro' | t }}</p>
      <app-module-filter-bar [filters]="filters()" [active]="filtered()" (changed)="applyFilters($event)" />
      @if (error(); as error) {
        <app-request-error [error]="error" (retry)="retry()" />
      } @else if (loadStatus() === 'loaded' && modules().length === 0) {
        <mat-card appearance="outlined">
          @if (filtered()) {
            <app-empty-state icon="search_off" [title]="'modules.noResultsTitle' | t" [text]="'modules.noResultsText' | t" />
          } @else {
            <app-empty-state icon="video_library" [title]="'modules.emptyTitle' | t" [text]="'modules.emptyText' | t" />
          }
        </mat-card>
      } @else {
        @if (loadStatus() === 'loading') {
          <app-loading-indicator />
        }
        @if (modules().length) {
          <div class="bar">
            <p class="count" role="status">{{ modules().length === 1 ? ('modules.oneResult' | t) : ('modules.results' | t: { count: modules().length }) }}</p>
            <mat-button-toggle-group [value]="listView() ? 'lijst' : 'tegels'" (change)="setView($event.value)" [attr.aria-label]="'modules.view' | t">
              <mat-button-toggle value="tegels"><mat-icon aria-hidden="true">grid_view</mat-icon> {{ 'modules.grid' | t }}</mat-button-toggle>
              <mat-button-toggle value="lijst"><mat-icon aria-hidden="true">view_list</mat-icon> {{ 'modules.list' | t }}</mat-button-toggle>
            </mat-button-toggle-group>
          </div>
          @if (listView()) {
            <mat-card appearance="outlined"><app-module-list-table [modules]="modules()" /></mat-card>
          } @else {
            <app-module-card-grid [modules]="modules()" />
          }
        }
      }
    </div>
  `,
  styles: `
    .count { color: var(--mat-sys-on-surface-variant); }
    .bar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; margin-bottom: 1rem; }
    .heading { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
  `,
})
export class ModuleLibraryPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Bound from the URL query (withComponentInputBinding).
  readonly q = input<string | null>(null);
  readonly type = input<string | null>(null);
  readonly sector = input<string | null>(null);
  readonly niveau = input<string | null>(null);
  readonly status = input<string | null>(null);
  readonly leerjaar = input<string | null>(null);
  readonly maxMinutes = input<string | null>(null);
  readonly opleiding = input<string | null>(null);
  readonly quality = input<string | null>(null);
  /** `?weergave=lijst` shows a table instead of cards; part of the URL like the filters. */
  readonly weergave = input<string | null>(null);
  protected readonly listView = computed(() => this.weergave() === 'lijst');

  protected readonly filters = computed(() =>
    filtersFromParams({
      q: this.q(),
      type: this.type(),
      sector: this.sector(),
      niveau: this.niveau(),
      status: this.status(),
      leerjaar: this.leerjaar(),
      maxMinutes: this.maxMinutes(),
      opleiding: this.opleiding(),
      quality: this.quality(),
    }),
  );
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly modules = this.store.selectSignal(modulesFeature.selectModules);
  protected readonly loadStatus = this.store.selectSignal(modulesFeature.selectListStatus);
  protected readonly error = this.store.selectSignal(modulesFeature.selectListError);

  constructor() {
    // Every URL change (typing a filter, back button, a shared link) loads that selection.
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.dispatch(ModuleLibraryPageActions.filtersApplied({ filters })));
    });
  }

  protected applyFilters(filters: Filters): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromFilters(filters), queryParamsHandling: 'merge' });
  }

  protected setView(view: 'tegels' | 'lijst'): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { weergave: view === 'lijst' ? 'lijst' : null }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.store.dispatch(ModuleLibraryPageActions.retryClicked({ filters: this.filters() }));
  }
}
