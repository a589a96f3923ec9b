import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { LanguageSwitch } from '../i18n/language-switch';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Any unknown address. "/" takes signed-in users home and others to sign-in. */
@Component({
  selector: 'app-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LanguageSwitch, MatAnchor, MatIcon, RouterLink, TranslatePipe],
  template: `
    <header class="top">
      <app-language-switch />
    </header>
    <main class="content">
      <mat-icon class="icon" aria-hidden="true">explore_off</mat-icon>
      <h1>{{ 'notFound.heading' | t }}</h1>
      <p>{{ 'notFound.text' | t }}</p>
      <a mat-flat-button routerLink="/">
        <mat-icon aria-hidden="true">home</mat-icon>
        {{ 'notFound.back' | t }}
      </a>
    </main>
  `,
  styles: `
    :host {
      display: block;
      min-height: 100dvh;
    }
    .top {
      display: flex;
      justify-content: flex-end;
      padding: 0.5rem;
    }
    .content {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.5rem;
      max-width: 36rem;
      margin: 10vh auto 0;
      padding: 0 1rem;
      text-align: center;
    }
    .icon {
      width: 64px;
      height: 64px;
      font-size: 64px;
      color: var(--mat-sys-primary);
    }
  `,
})
export class NotFoundPage {}
