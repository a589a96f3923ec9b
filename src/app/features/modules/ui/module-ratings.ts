import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ModuleRatings } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

/**
 * What students said after the video: realism 1–5 as a small bar chart with the numbers written
 * out (readable without the bars), "learned something about the work", and anonymous comments.
 */
@Component({
  selector: 'app-module-ratings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let r = ratings();
    @if (r.count === 0) {
      <p>{{ 'modules.ratings.none' | t }}</p>
    } @else {
      <p class="lead">{{ (r.count === 1 ? 'modules.ratings.summaryOne' : 'modules.ratings.summary') | t: { count: r.count, mean: meanText() } }}</p>
      <table class="bars">
        <caption class="visually-hidden">{{ 'modules.ratings.realismCaption' | t }}</caption>
        <tbody>
          @for (n of r.realismCounts; track $index) {
            <tr>
              <th scope="row">{{ $index + 1 }}</th>
              <td class="bar-cell"><span class="bar" [style.width.%]="share(n)"></span></td>
              <td class="count">{{ n }}</td>
            </tr>
          }
        </tbody>
      </table>
      <p>{{ 'modules.ratings.learned' | t: { ja: r.learned.ja, beetje: r.learned['een-beetje'], nee: r.learned.nee } }}</p>
      @if (r.comments.length) {
        <h3>{{ 'modules.ratings.comments' | t }}</h3>
        <ul class="comments">
          @for (comment of r.comments; track $index) {
            <li>
              <q>{{ comment.text }}</q>
              <span class="when">{{ date(comment.ratedAt) }} · {{ 'planning.version' | t: { version: comment.version } }}</span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .lead { font: var(--mat-sys-title-medium); }
    .bars { border-collapse: collapse; width: 100%; max-width: 28rem; }
    .bars th { width: 1.5rem; text-align: left; font-weight: 500; }
    .bar-cell { width: 100%; padding: 0.15rem 0.5rem; }
    .bar { display: block; height: 0.9rem; min-width: 2px; border-radius: 4px; background: var(--mat-sys-primary); }
    .count { text-align: right; font-variant-numeric: tabular-nums; }
    h3 { font: var(--mat-sys-title-small); margin: 1rem 0 0.25rem; }
    .comments { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
    .when { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ModuleRatingsPanel {
  readonly ratings = input.required<ModuleRatings>();
  private readonly most = computed(() => Math.max(1, ...this.ratings().realismCounts));
  protected readonly meanText = computed(() => (this.ratings().realismMean ?? 0).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  protected readonly date = (iso: string) => shortSchoolDate(iso.slice(0, 10));

  protected share(n: number): number {
    return (n / this.most()) * 100;
  }
}
