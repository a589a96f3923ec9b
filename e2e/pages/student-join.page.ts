import { expect, type Locator, type Page } from '@playwright/test';

export class StudentJoinPage {
  readonly classCode: Locator;
  readonly personalCode: Locator;

  constructor(private readonly page: Page) {
    this.classCode = page.getByLabel('Klascode');
    this.personalCode = page.getByLabel('Persoonlijke code');
  }

  async open(): Promise<void> {
    await this.page.goto('/leerling');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Naar je les' })).toBeVisible();
  }

  async enterClassCode(code: string): Promise<void> {
    await this.classCode.fill(code);
    await this.page.getByRole('button', { name: 'Verder' }).click();
  }

  async enterPersonalCode(code: string): Promise<void> {
    await this.personalCode.fill(code);
    await this.page.getByRole('button', { name: 'Starten' }).click();
  }
}
