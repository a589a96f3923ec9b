import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { I18n } from './i18n';
import { TranslatePipe } from './translate.pipe';

/** Switches between Dutch and English; the label is the other language, in that language. */
@Component({
  selector: 'app-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe],
  template: `
    <button mat-button type="button" [attr.lang]="other()" (click)="switch()">
      <mat-icon aria-hidden="true">translate</mat-icon>
      {{ 'language.switchTo' | t }}
    </button>
  `,
})
export class LanguageSwitch {
  private readonly i18n = inject(I18n);
  protected readonly other = computed(() => (this.i18n.language() === 'nl' ? 'en' : 'nl'));

  protected switch(): void {
    this.i18n.use(this.other());
  }
}
