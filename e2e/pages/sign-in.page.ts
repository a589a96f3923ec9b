import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from '../support/demo';

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(private readonly page: Page) {
    this.email = page.getByLabel('E-mailadres');
    this.password = page.getByLabel('Wachtwoord', { exact: true });
    this.submit = page.getByRole('button', { name: 'Inloggen' });
    this.alert = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.goto('/inloggen');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async signInAs(role: DemoRole): Promise<void> {
    await this.open();
    await this.signIn(DEMO_ACCOUNTS[role], DEMO_PASSWORD);
    // Signed in once the app has left the sign-in page for the role's home.
    await expect(this.page).not.toHaveURL(/\/inloggen/);
  }
}
