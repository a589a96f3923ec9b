import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatShare } from '../../../shared/charts/chart-format';
import type { CountView, GroupRow } from '../state/school-dashboard-view';
import { SHIFT_MINIMUM, countText, formatMean, formatPoints } from './school-dashboard-format';

/**
 * The whole school (within the filters) in five figures: students, reached, completed, ratings and
 * the choice shift — with why a figure is shown as "<5" or not at all.
 */
@Component({
  selector: 'app-overview-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let f = figures();
    <dl class="cards">
      <div class="card">
        <dt>{{ 'schoolDashboard.overview.students' | t }}</dt>
        <dd class="value">{{ f.students }}</dd>
        <dd class="note">{{ 'schoolDashboard.overview.studentsNote' | t }}</dd>
      </div>
      <div class="card">
        <dt>{{ 'schoolDashboard.overview.reached' | t }}</dt>
        <dd class="value">
          @if (f.reached.small) {
            <span aria-hidden="true">{{ f.reached.value }}</span><span class="visually-hidden">{{ f.reached.spoken }}</span>
          } @else {
            {{ f.reached.value }}
          }
        </dd>
        <dd class="note">
          @if (f.reached.share) {
            {{ 'schoolDashboard.overview.ofStudents' | t: { share: f.reached.share } }} ·
          }
          {{ 'schoolDashboard.overview.reachedNote' | t }}
        </dd>
      </div>
      <div class="card">
        <dt>{{ 'schoolDashboard.overview.completed' | t }}</dt>
        <dd class="value">
          @if (f.completed.small) {
            <span aria-hidden="true">{{ f.completed.value }}</span><span class="visually-hidden">{{ f.completed.spoken }}</span>
          } @else {
            {{ f.completed.value }}
          }
        </dd>
        <dd class="note">
          @if (f.completed.share) {
            {{ 'schoolDashboard.overview.ofStudents' | t: { share: f.completed.share } }} ·
          }
          {{ 'schoolDashboard.overview.completedNote' | t }}
        </dd>
      </div>
      <div class="card">
        <dt>{{ 'schoolDashboard.overview.ratings' | t }}</dt>
        <dd class="value">{{ f.ratings }}</dd>
        <dd class="note">
          @if (f.realism) {
            {{ 'schoolDashboard.overview.ratingsNote' | t: { mean: f.realism } }}
          } @else {
            {{ 'schoolDashboard.overview.noRatings' | t }}
          }
        </dd>
      </div>
      <div class="card shift" [class.hidden-shift]="!f.shift.shown">
        <dt>{{ 'schoolDashboard.overview.shift' | t }}</dt>
        @if (f.shift.shown) {
          <dd class="value">{{ f.shift.value }}</dd>
          <dd class="note">{{ 'schoolDashboard.overview.shiftBeforeAfter' | t }} · {{ f.shift.difference }}</dd>
          <dd class="note">{{ 'schoolDashboard.overview.shiftPaired' | t: { n: f.shift.nPaired } }}</dd>
        } @else {
          <dd class="value muted">{{ 'schoolDashboard.overview.shiftHidden' | t }}</dd>
          <dd class="note">{{ 'schoolDashboard.overview.shiftSuppressed' | t: { minimum: minimum, n: f.shift.nPaired } }}</dd>
        }
      </div>
    </dl>
    @if (f.anySmall) {
      <p class="small-note">{{ 'schoolDashboard.overview.smallNote' | t }}</p>
    }
  `,
  styles: `
    :host { display: block; }
    .cards {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 0;
    }
    .card {
      box-sizing: border-box;
      flex: 1 1 8.5rem;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding: 0.875rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
    }
    .card.shift { flex: 2 1 17rem; }
    dt { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; }
    .value { font: var(--mat-sys-headline-medium); font-variant-numeric: tabular-nums; color: var(--mat-sys-on-surface); }
    .value.muted { font: var(--mat-sys-title-large); color: var(--mat-sys-on-surface-variant); }
    .note { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .small-note { margin: 0.5rem 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class OverviewFigures {
  private readonly i18n = inject(I18n);
  readonly school = input.required<GroupRow>();
  protected readonly minimum = SHIFT_MINIMUM;

  protected readonly figures = computed(() => {
    const school = this.school();
    const language = this.i18n.language();
    const count = (value: CountView) => ({
      value: countText(value, this.i18n),
      small: value.kind === 'small',
      spoken: value.kind === 'small' ? this.i18n.translate('schoolDashboard.smallLabel') : String(value.value),
      share: value.kind === 'count' && value.share !== null ? formatShare(value.share, language) : null,
    });
    const shift = school.shift;
    return {
      students: school.students,
      reached: count(school.reached),
      completed: count(school.completed),
      anySmall: school.reached.kind === 'small' || school.completed.kind === 'small',
      ratings: school.ratings,
      realism: school.realismMean === null ? null : formatMean(school.realismMean, language),
      shift:
        shift.kind === 'shown'
          ? {
              shown: true,
              nPaired: shift.nPaired,
              value: `${formatShare(shift.before, language)} → ${formatShare(shift.after, language)}`,
              difference: shift.ci
                ? this.i18n.translate('schoolDashboard.overview.shiftDifference', {
                    difference: formatPoints(shift.difference, language),
                    lower: formatPoints(shift.ci[0], language),
                    upper: formatPoints(shift.ci[1], language),
                  })
                : `${formatPoints(shift.difference, language)} pp`,
            }
          : { shown: false, nPaired: shift.nPaired, value: '', difference: '' },
    };
  });
}
