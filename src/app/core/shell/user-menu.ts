import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import type { StaffRole } from '@koers/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The signed-in staff member (name and roles) with sign-out. */
@Component({
  selector: 'app-user-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, TranslatePipe],
  template: `
    <button mat-button type="button" class="trigger" [matMenuTriggerFor]="menu">
      <mat-icon aria-hidden="true">account_circle</mat-icon>
      <span class="identity">
        <span class="name">{{ name() }}</span>
        <span class="roles">
          @for (key of roleKeys(); track key) {
            {{ key | t }}{{ $last ? '' : ', ' }}
          }
        </span>
      </span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <button mat-menu-item type="button" (click)="signOut.emit()">
        <mat-icon aria-hidden="true">logout</mat-icon>
        {{ 'shell.signOut' | t }}
      </button>
    </mat-menu>
  `,
  styles: `
    .trigger {
      height: auto;
      min-height: 40px;
    }
    .identity {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      line-height: 1.2;
      text-align: left;
    }
    .roles {
      font: var(--mat-sys-label-small);
    }
    @media (max-width: 599px) {
      .identity {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
  `,
})
export class UserMenu {
  readonly name = input.required<string>();
  readonly roles = input.required<readonly StaffRole[]>();
  readonly signOut = output<void>();

  protected readonly roleKeys = computed(() => this.roles().map((role) => `roles.${role}` as const));
}
