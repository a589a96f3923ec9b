import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatCard, MatCardContent } from '@angular/material/card';
import { ActivatedRoute, Router } from '@angular/router';
import { type ChoiceShiftScope, type MeasurementPairingInput, hasRole } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { queryFromScope, scopeFromQuery } from '../data/choice-shift-scope';
import { ChoiceShiftPageActions } from '../state/choice-shift.actions';
import { choiceShiftFeature } from '../state/choice-shift.feature';
import { ChoiceShiftFilters } from '../ui/choice-shift-filters';
import { PairingForm } from '../ui/pairing-form';
import { PairingList } from '../ui/pairing-list';
import { ChoiceShiftPanel } from './choice-shift-panel';

/**
 * Keuzeverschuiving for the decaan (the school) and the mentor (own classes; the server decides):
 * the scope lives in the URL query so a view can be shared, and the decaan links "voor"- and
 * "na"-metingen of different plannings here.
 */
@Component({
  selector: 'app-choice-shift-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChoiceShiftFilters, ChoiceShiftPanel, MatCard, MatCardContent, PairingForm, PairingList, RequestError, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'choiceShift.heading' | t }}</h1>
      <p class="intro">{{ 'choiceShift.intro' | t }}</p>

      <app-choice-shift-filters
        [scope]="scope()"
        [classes]="classes()"
        [lessons]="lessons()"
        [schedules]="schedules()"
        [pairings]="pairings()"
        (scopeChanged)="filter($event)"
      />
      @if (lookupsError(); as error) {
        <app-request-error [error]="error" [retryable]="false" />
      }

      <mat-card appearance="outlined" class="report">
        <mat-card-content>
          <app-choice-shift-panel [scope]="scope()" />
        </mat-card-content>
      </mat-card>

      @if (canPair()) {
        <section class="pairings" aria-labelledby="pairings-heading">
          <h2 id="pairings-heading">{{ 'choiceShift.pairings.heading' | t }}</h2>
          <p>{{ 'choiceShift.pairings.intro' | t }}</p>
          @if (pairingsError(); as error) {
            <app-request-error [error]="error" (retry)="open()" />
          }
          <app-pairing-list [pairings]="pairings()" [deletingIds]="deletingIds()" (deleteConfirmed)="deletePairing($event)" />
          @if (deleteError(); as error) {
            <app-request-error [error]="error" [retryable]="false" />
          }
          <app-pairing-form [schedules]="schedulesByDate()" [saving]="saving()" [savedCount]="savedCount()" (submitted)="createPairing($event)" />
          @if (saveError(); as error) {
            <app-request-error [error]="error" [retryable]="false" />
          }
        </section>
      }
    </div>
  `,
  styles: `
    .page { display: grid; gap: 1rem; }
    h1, .intro { margin: 0; }
    .pairings { display: grid; gap: 1rem; margin-top: 1rem; }
    .pairings h2, .pairings p { margin: 0; }
  `,
})
export class ChoiceShiftPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The filters, read from the URL (`?klas=&leerjaar=&niveau=&les=&planning=&koppeling=&van=&tot=`). */
  protected readonly scope = computed(() => scopeFromQuery(this.query()), { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });

  private readonly user = this.store.selectSignal(authFeature.selectStaffUser);
  protected readonly canPair = computed(() => hasRole(this.user(), 'decaan'));

  protected readonly classes = this.store.selectSignal(choiceShiftFeature.selectClasses);
  protected readonly lessons = this.store.selectSignal(choiceShiftFeature.selectLessons);
  protected readonly schedules = this.store.selectSignal(choiceShiftFeature.selectSchedules);
  protected readonly schedulesByDate = this.store.selectSignal(choiceShiftFeature.selectSchedulesByDate);
  protected readonly lookupsError = this.store.selectSignal(choiceShiftFeature.selectLookupsError);
  protected readonly pairings = this.store.selectSignal(choiceShiftFeature.selectPairingList);
  protected readonly pairingsError = this.store.selectSignal(choiceShiftFeature.selectPairingsError);
  protected readonly saving = this.store.selectSignal(choiceShiftFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(choiceShiftFeature.selectSaveError);
  protected readonly savedCount = this.store.selectSignal(choiceShiftFeature.selectSavedCount);
  protected readonly deletingIds = this.store.selectSignal(choiceShiftFeature.selectDeletingIds);
  protected readonly deleteError = this.store.selectSignal(choiceShiftFeature.selectDeleteError);

  constructor() {
    effect(() => {
      this.canPair();
      untracked(() => this.open());
    });
  }

  protected open(): void {
    this.store.dispatch(ChoiceShiftPageActions.opened({ canPair: this.canPair() }));
  }

  /** Writes the filters to the URL; the scope (and so the report) follows the URL. */
  protected filter(scope: ChoiceShiftScope): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryFromScope(scope), queryParamsHandling: 'merge' });
  }

  protected createPairing(input: MeasurementPairingInput): void {
    this.store.dispatch(ChoiceShiftPageActions.pairingSubmitted({ input }));
  }

  protected deletePairing(id: string): void {
    this.store.dispatch(ChoiceShiftPageActions.pairingDeleteConfirmed({ id }));
  }
}
