import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatListItem, MatListItemIcon, MatNavList } from '@angular/material/list';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { ShellActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';
import { LanguageSwitch } from '../i18n/language-switch';
import { TranslatePipe } from '../i18n/translate.pipe';
import { UserMenu } from './user-menu';
import { navigationFor } from './staff-navigation';

/** Layout for staff: top bar, role-aware navigation (side on wide screens, drawer on narrow). */
@Component({
  selector: 'app-staff-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LanguageSwitch,
    MatIcon,
    MatIconButton,
    MatListItem,
    MatListItemIcon,
    MatNavList,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatToolbar,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    UserMenu,
  ],
  templateUrl: './staff-shell.html',
  styleUrl: './staff-shell.scss',
})
export class StaffShell {
  private readonly store = inject(Store);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly user = this.store.selectSignal(authFeature.selectStaffUser);
  protected readonly links = computed(() => navigationFor(this.user()?.roles ?? []));
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 960px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected linkChosen(): void {
    if (!this.wide()) void this.sidenav().close();
  }

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }
}
