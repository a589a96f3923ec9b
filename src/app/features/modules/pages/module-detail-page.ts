import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { QUALITY_CRITERIA, type QualityCriterion } from '@koers/contracts';
import { Store } from '@ngrx/store';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { VideoPlayer } from '../../../shared/ui/video-player/video-player';
import { ModuleDetailPageActions } from '../state/modules.actions';
import { modulesFeature } from '../state/modules.feature';
import { ModuleRatingsPanel } from '../ui/module-ratings';

@Component({
  selector: 'app-module-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadingIndicator, MatAnchor, MatCard, MatCardContent, MatIcon, ModuleRatingsPanel, RequestError, RouterLink, TranslatePipe, VideoPlayer],
  template: `
    <div class="page">
      <a class="back" routerLink="..">
        <mat-icon aria-hidden="true">arrow_back</mat-icon>{{ 'modules.back' | t }}
      </a>
      @if (error(); as error) {
        <app-request-error [error]="error" (retry)="retry()" />
      } @else if (module(); as module) {
        <div class="heading">
          <h1>{{ module.title }}</h1>
          <a mat-stroked-button routerLink="bewerken"><mat-icon aria-hidden="true">edit</mat-icon>{{ 'moduleEditor.edit' | t }}</a>
        </div>
        <p class="meta">
          {{ (module.type === 'video' ? 'modules.video' : 'modules.game') | t }} ·
          {{ 'modules.version' | t: { version: module.version } }} ·
          {{ (module.status === 'draft' ? 'modules.draft' : 'modules.published') | t }}
          @if (module.demo) {
            · <strong>{{ 'modules.demo' | t }}</strong>: {{ 'modules.demoNote' | t }}
          }
        </p>
        <div class="layout">
          <div class="main">
            @if (module.videoUrl) {
              <app-video-player [src]="module.videoUrl" [captions]="module.captionsUrl" [poster]="module.thumbnailUrl" [label]="module.title" />
            } @else if (module.type === 'video') {
              <p>{{ 'modules.noVideo' | t }}</p>
            } @else {
              <a mat-flat-button routerLink="demo"><mat-icon aria-hidden="true">sports_esports</mat-icon>{{ 'modules.playDemo' | t }}</a>
            }
            <p class="description">{{ module.description }}</p>
          </div>
          <mat-card appearance="outlined" class="facts">
            <mat-card-content>
              <h2>{{ 'modules.audience' | t }}</h2>
              <p>{{ module.niveaus.join(', ') }} · {{ 'modules.leerjaren' | t: { list: module.leerjaren.join(', ') } }}</p>
              <p>
                @for (sector of module.sectors; track sector) {
                  <span class="chip">{{ sectorLabel(sector) | t }}</span>
                }
              </p>
              @if (module.opleidingen.length) {
                <h2>{{ 'modules.opleidingen' | t }}</h2>
                <p>{{ module.opleidingen.join(' · ') }}</p>
              }
              @if (module.beroepen.length) {
                <h2>{{ 'modules.beroepen' | t }}</h2>
                <p>{{ module.beroepen.join(' · ') }}</p>
              }
              <h2>{{ 'modules.maker' | t }}</h2>
              <p>{{ module.maker }}</p>
              <h2>{{ 'modules.source' | t }}</h2>
              <p>
                {{ module.source }}
                @if (module.sourceUrl) {
                  <br /><a [href]="module.sourceUrl" rel="noopener noreferrer" target="_blank">{{ module.sourceUrl }}</a>
                }
              </p>
            </mat-card-content>
          </mat-card>
        </div>
        <section aria-labelledby="quality-heading">
          <h2 id="quality-heading">{{ 'modules.quality' | t }}</h2>
          <ul class="quality">
            @for (criterion of criteria; track criterion) {
              <li>
                <mat-icon aria-hidden="true" [class.met]="module.quality[criterion].met">{{ module.quality[criterion].met ? 'check_circle' : 'radio_button_unchecked' }}</mat-icon>
                <span>
                  <strong>{{ criterionLabel(criterion) | t }}</strong>
                  ({{ (module.quality[criterion].met ? 'modules.met' : 'modules.notMet') | t }})@if (module.quality[criterion].note) {: {{ module.quality[criterion].note }}}
                </span>
              </li>
            }
          </ul>
        </section>
        @if (module.type === 'video') {
          <section aria-labelledby="ratings-heading">
            <h2 id="ratings-heading">{{ 'modules.ratings.heading' | t }}</h2>
            @if (ratings(); as ratings) {
              <app-module-ratings [ratings]="ratings" />
            } @else {
              <p>{{ 'modules.ratings.none' | t }}</p>
            }
          </section>
        }
        <section aria-labelledby="used-heading">
          <h2 id="used-heading">{{ 'modules.usedIn' | t }}</h2>
          @if (module.usedIn.length) {
            <ul>
              @for (use of module.usedIn; track use.lessonId) {
                <li>{{ use.title }} ({{ 'planning.version' | t: { version: use.version } }})</li>
              }
            </ul>
          } @else {
            <p>{{ 'modules.notUsed' | t }}</p>
          }
        </section>
      } @else {
        <app-loading-indicator />
      }
    </div>
  `,
  styles: `
    .back { display: inline-flex; align-items: center; gap: 0.25rem; margin-bottom: 1rem; color: var(--mat-sys-primary); }
    .heading { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
    .meta { color: var(--mat-sys-on-surface-variant); }
    .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; }
    @media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .facts h2 { font-size: 0.95rem; margin: 1rem 0 0.25rem; }
    .facts h2:first-child { margin-top: 0; }
    .facts p { margin: 0; }
    .facts a { word-break: break-all; color: var(--mat-sys-primary); }
    .chip { display: inline-block; margin: 0.25rem 0.25rem 0 0; padding: 0.1rem 0.5rem; border-radius: 1rem; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .quality { list-style: none; padding: 0; }
    .quality li { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.4rem 0; }
    .quality mat-icon { flex: none; color: var(--mat-sys-on-surface-variant); }
    .quality mat-icon.met { color: var(--mat-sys-primary); }
  `,
})
export class ModuleDetailPage {
  private readonly store = inject(Store);
  /** Route parameter `:moduleId`. */
  readonly moduleId = input.required<string>();

  protected readonly criteria = QUALITY_CRITERIA;
  protected readonly module = this.store.selectSignal(modulesFeature.selectDetail);
  protected readonly error = this.store.selectSignal(modulesFeature.selectDetailError);
  protected readonly ratings = this.store.selectSignal(modulesFeature.selectRatings);

  constructor() {
    effect(() => {
      const moduleId = this.moduleId();
      untracked(() => this.store.dispatch(ModuleDetailPageActions.opened({ moduleId })));
    });
  }

  protected retry(): void {
    this.store.dispatch(ModuleDetailPageActions.retryClicked({ moduleId: this.moduleId() }));
  }

  protected criterionLabel(criterion: QualityCriterion): TranslationKey {
    return `modules.criteria.${criterion}`;
  }

  protected sectorLabel(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }
}
