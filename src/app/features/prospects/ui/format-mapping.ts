import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type NumericScale, type ProspectFormat, type ProspectScore, ROA_TYPERINGEN, SBB_NIVEAUS } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

export interface ScoreBand {
  readonly from: number;
  readonly to: number;
  readonly last: boolean;
  readonly score: ProspectScore;
}

/** The five equal bands of a numeric scale, as `prospectScore` in contracts computes them; lowest value first. */
export function scoreBands(scale: NumericScale): ScoreBand[] {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) return [];
  const width = (scale.max - scale.min) / 5;
  return [0, 1, 2, 3, 4].map((band) => ({
    from: scale.min + band * width,
    to: band === 4 ? scale.max : scale.min + (band + 1) * width,
    last: band === 4,
    score: (scale.higherIsBetter ? band + 1 : 5 - band) as ProspectScore,
  }));
}

/** How the chosen format's values become a Koers score: the contracts' tables, rendered as they are. */
@Component({
  selector: 'app-format-mapping',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <p class="text">{{ formatKey('text') | t }}</p>
    @if (format() === 'numeriek') {
      <p>{{ 'prospects.mapping.numericRule' | t }}</p>
      @if (bands().length) {
        <table class="mapping">
          <caption>{{ 'prospects.mapping.caption' | t: { format: (formatKey('name') | t) } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'prospects.mapping.label' | t }}</th>
              <th scope="col">{{ 'prospects.mapping.score' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (band of bands(); track band.score) {
              <tr>
                <td>{{ (band.last ? 'prospects.mapping.bandLast' : 'prospects.mapping.band') | t: { from: number(band.from), to: number(band.to) } }}</td>
                <td>{{ 'prospects.table.scoreOf' | t: { score: band.score } }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p class="muted">{{ 'prospects.mapping.noScale' | t }}</p>
      }
    } @else {
      <table class="mapping">
        <caption>{{ 'prospects.mapping.caption' | t: { format: (formatKey('name') | t) } }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'prospects.mapping.label' | t }}</th>
            <th scope="col">{{ 'prospects.mapping.score' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of labelRows(); track row.label) {
            <tr>
              <td>"{{ row.label }}"</td>
              <td>{{ 'prospects.table.scoreOf' | t: { score: row.score } }}</td>
            </tr>
          }
        </tbody>
      </table>
      @if (format() !== 'roa-typering') {
        <p class="muted">{{ 'prospects.mapping.variants' | t }}</p>
      }
    }
    <p class="qualitative">{{ 'prospects.mapping.qualitative' | t }}</p>
  `,
  styles: `
    :host { display: block; }
    .mapping { border-collapse: collapse; margin: 0.5rem 0; }
    .mapping caption { text-align: start; font-weight: 500; padding-bottom: 0.25rem; }
    .mapping th, .mapping td { text-align: start; padding: 0.25rem 1rem 0.25rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .qualitative { padding: 0.75rem 1rem; border-radius: 8px; background: var(--mat-sys-surface-container); }
  `,
})
export class FormatMapping {
  private readonly i18n = inject(I18n);
  readonly format = input.required<ProspectFormat>();
  readonly scale = input<NumericScale | null>(null);

  protected readonly labelRows = computed(() => {
    const table = this.format() === 'roa-typering' ? ROA_TYPERINGEN : SBB_NIVEAUS;
    return Object.entries(table).map(([label, score]) => ({ label, score }));
  });
  protected readonly bands = computed(() => {
    const scale = this.scale();
    return scale ? scoreBands(scale) : [];
  });

  protected formatKey(part: 'name' | 'text'): TranslationKey {
    return `prospects.formats.${this.format()}.${part}`;
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(this.i18n.language() === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(value);
  }
}
