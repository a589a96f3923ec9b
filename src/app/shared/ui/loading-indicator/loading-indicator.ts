import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** A loading bar with a text for screen readers, shown while a page's data is on its way. */
@Component({
  selector: 'app-loading-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBar, TranslatePipe],
  template: `
    <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    <p class="visually-hidden" role="status">{{ 'common.loading' | t }}</p>
  `,
  styles: `
    :host {
      display: block;
      margin-block: 1rem;
    }
  `,
})
export class LoadingIndicator {}
