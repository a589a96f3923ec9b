import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { ModuleSummary } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The library as cards: thumbnail, title (a link to the module), length, sectors and badges. */
@Component({
  selector: 'app-module-card-grid',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCard, MatCardContent, MatIcon, RouterLink, TranslatePipe],
  template: `
    <ul class="grid">
      @for (module of modules(); track module.id) {
        <li>
          <mat-card appearance="outlined" class="card">
            @if (module.thumbnailUrl) {
              <img class="thumb" [src]="module.thumbnailUrl" alt="" loading="lazy" width="640" height="360" />
            } @else {
              <div class="thumb placeholder" aria-hidden="true"><mat-icon>{{ module.type === 'video' ? 'movie' : 'sports_esports' }}</mat-icon></div>
            }
            <mat-card-content>
              <h2 class="title"><a [routerLink]="[module.id]">{{ module.title }}</a></h2>
              <p class="meta">
                {{ (module.type === 'video' ? 'modules.video' : 'modules.game') | t }} ·
                {{ 'modules.minutes' | t: { count: minutes(module) } }} ·
                {{ module.niveaus.join(', ') }}
              </p>
              <p class="sectors">
                @for (sector of module.sectors; track sector) {
                  <span class="chip">{{ sectorLabel(sector) | t }}</span>
                }
              </p>
              <p class="badges">
                <span class="badge" [class.draft]="module.status === 'draft'">{{ (module.status === 'draft' ? 'modules.draft' : 'modules.published') | t }}</span>
                @if (module.demo) {
                  <span class="badge demo" [attr.title]="'modules.demoNote' | t">{{ 'modules.demo' | t }}</span>
                }
                <span class="quality">
                  <mat-icon aria-hidden="true">{{ module.qualityComplete ? 'verified' : 'rule' }}</mat-icon>
                  {{ (module.qualityComplete ? 'modules.qualityComplete' : 'modules.qualityIncomplete') | t }}
                </span>
              </p>
            </mat-card-content>
          </mat-card>
        </li>
      }
    </ul>
  `,
  styles: `
    .grid { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
    .card { height: 100%; overflow: hidden; }
    .thumb { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; object-fit: cover; }
    .placeholder { display: grid; place-items: center; background: var(--mat-sys-surface-container-high); }
    .title { font-size: 1.05rem; margin: 0.75rem 0 0.25rem; line-height: 1.3; }
    .title a { color: var(--mat-sys-primary); }
    .meta, .sectors, .badges { margin: 0.25rem 0; color: var(--mat-sys-on-surface-variant); font-size: 0.875rem; }
    .chip { display: inline-block; margin: 0 0.25rem 0.25rem 0; padding: 0.1rem 0.5rem; border-radius: 1rem; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .badges { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    .badge { padding: 0.1rem 0.5rem; border-radius: 0.25rem; background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); font-weight: 500; }
    .badge.draft { background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .badge.demo { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .quality { display: inline-flex; align-items: center; gap: 0.2rem; }
    .quality mat-icon { width: 18px; height: 18px; font-size: 18px; }
  `,
})
export class ModuleCardGrid {
  readonly modules = input.required<readonly ModuleSummary[]>();

  protected minutes(module: ModuleSummary): number {
    return Math.max(1, Math.ceil(module.durationSeconds / 60));
  }

  protected sectorLabel(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }
}
