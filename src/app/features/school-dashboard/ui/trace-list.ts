import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { PlanningRef } from '../state/school-dashboard-view';
import { planningText } from './school-dashboard-format';

/** The plannings behind a figure, each a link to its results page (the trace of a dashboard figure). */
@Component({
  selector: 'app-trace-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon, RouterLink, TranslatePipe],
  template: `
    <p class="heading" [id]="headingId()">{{ 'schoolDashboard.trace.heading' | t: { group: group() } }}</p>
    @if (links().length) {
      <ul [attr.aria-labelledby]="headingId()">
        @for (link of links(); track link.scheduleId) {
          <li>
            <a [routerLink]="link.path">{{ link.text }}</a>
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'schoolDashboard.trace.none' | t }}</p>
    }
    @if (moduleLink(); as module) {
      <p class="module">
        <mat-icon aria-hidden="true">movie</mat-icon>
        <a [routerLink]="module.path" [attr.aria-label]="'schoolDashboard.trace.moduleLabel' | t: { title: module.title }">{{ 'schoolDashboard.trace.module' | t }}</a>
      </p>
    }
    @if (namesFailed()) {
      <p class="muted">{{ 'schoolDashboard.trace.namesFailed' | t }}</p>
    }
  `,
  styles: `
    :host { display: block; padding: 0.5rem 0.25rem; }
    .heading { margin: 0 0 0.25rem; font: var(--mat-sys-title-small); }
    ul { margin: 0; padding-left: 1.25rem; display: grid; gap: 0.25rem; }
    a { color: var(--mat-sys-primary); }
    .muted { margin: 0.25rem 0 0; color: var(--mat-sys-on-surface-variant); }
    .module { display: flex; align-items: center; gap: 0.375rem; margin: 0.5rem 0 0; }
    .module mat-icon { width: 20px; height: 20px; font-size: 20px; }
  `,
})
export class TraceList {
  private readonly i18n = inject(I18n);
  /** The group or module the plannings are behind, as written in the heading. */
  readonly group = input.required<string>();
  readonly plannings = input<readonly PlanningRef[]>([]);
  /** A module row also links to the module itself. */
  readonly moduleLink = input<{ readonly path: string; readonly title: string } | null>(null);
  /** The planning names could not be loaded (the links still work). */
  readonly namesFailed = input(false);
  readonly headingId = input.required<string>();

  protected readonly links = computed(() => {
    this.i18n.language();
    return this.plannings().map((planning) => ({ scheduleId: planning.scheduleId, path: planning.path, text: planningText(planning, this.i18n) }));
  });
}
