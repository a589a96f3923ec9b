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
    // The user menu is the last button of the top bar (its name is the user's name and role).
    await this.page.getByRole('banner').getByRole('button').last().click();
    await this.page.getByRole('menuitem', { name: 'Uitloggen' }).click();
    await expect(this.page).toHaveURL(/\/inloggen/);
  }
}
