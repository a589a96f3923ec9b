import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** "Demomateriaal": shipped demo content is marked as such wherever a student sees it. */
@Component({
  selector: 'app-demo-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIcon, TranslatePipe],
  template: `<mat-icon aria-hidden="true">science</mat-icon>{{ 'player.demoBadge' | t }}`,
  styles: `
    :host { display: inline-flex; align-items: center; gap: 0.25rem; justify-self: start; font: var(--mat-sys-label-large); color: var(--mat-sys-on-tertiary-container); background: var(--mat-sys-tertiary-container); border-radius: 999px; padding: 0.125rem 0.75rem; }
  `,
})
export class DemoBadge {}
