import { expect, type Page } from '@playwright/test';

/** The staff layout: top bar with school and user, navigation, sign-out. */
export class StaffShell {
  constructor(private readonly page: Page) {}

  async expectSignedInAs(displayRole: string): Promise<void> {
    const banner = this.page.getByRole('banner');
    await expect(banner).toContainText('Demo College');
    await expect(banner).toContainText(displayRole);
  }

  async signOut(): Promise<void> {
    const direct = this.page.getByRole('button', { name: 'Uitloggen' });
    if (!(await direct.isVisible())) {
      await this.page.getByRole('banner').getByRole('button', { name: /menu|account|gebruiker/i }).last().click();
    }
    await this.page.getByRole('button', { name: 'Uitloggen' }).or(this.page.getByRole('menuitem', { name: 'Uitloggen' })).first().click();
    await expect(this.page).toHaveURL(/\/inloggen/);
  }
}
