import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type DataSource, isOutdated } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { GAME_NOW } from './game-clock';

/** "Bron: ROA …, 2025 · prognose 2025-2030" with an "illustratief" badge for illustrative values and "verouderd" for forecasts whose period is over. */
@Component({
  selector: 'app-game-source',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let s = source();
    <p class="source">
      @if (s) {
        {{ 'games.source.label' | t }}:
        @if (s.url) {
          <a [href]="s.url" target="_blank" rel="noopener noreferrer">{{ s.name }}<span class="visually-hidden"> {{ 'games.source.newTab' | t }}</span></a>{{ ', ' }}
        } @else {
          {{ s.name }},
        }
        {{ s.year ?? ('games.source.noYear' | t) }}{{ s.period ? ' · ' + ('games.source.period' | t: { period: s.period }) : '' }}
        @if (outdated()) {
          <span class="badge outdated" [attr.title]="'games.source.outdatedHint' | t">{{ 'games.source.outdated' | t }}</span>
        }
        @if (s.illustrative) {
          <span class="badge" [attr.title]="'games.source.illustrativeHint' | t">{{ 'games.source.illustrative' | t }}</span>
        }
      } @else {
        {{ 'games.source.unknown' | t }}
      }
    </p>
  `,
  styles: `
    .source { margin: 0.25rem 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere; }
    a { color: var(--mat-sys-primary); }
    .badge { display: inline-block; margin-inline-start: 0.5em; padding: 0 0.5em; border-radius: 999px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); font: var(--mat-sys-label-small); }
    .badge.outdated { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class GameSource {
  readonly source = input.required<DataSource | null>();
  private readonly now = inject(GAME_NOW);
  /** A forecast whose period is over: still shown, but labelled (../shared/data/README.md, rule 2). */
  protected readonly outdated = computed(() => {
    const source = this.source();
    return !!source && isOutdated(source, new Date(this.now()).getFullYear());
  });
}
