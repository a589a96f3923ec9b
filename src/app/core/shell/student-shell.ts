import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { ShellActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';
import { LanguageSwitch } from '../i18n/language-switch';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Layout for students: a big friendly header, no navigation. */
@Component({
  selector: 'app-student-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LanguageSwitch, MatButton, MatIcon, RouterOutlet, TranslatePipe],
  templateUrl: './student-shell.html',
  styleUrl: './student-shell.scss',
})
export class StudentShell {
  private readonly store = inject(Store);
  protected readonly student = this.store.selectSignal(authFeature.selectStudentUser);

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }
}
