import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';

test.use({ storageState: DECAAN_STATE });

test('decaan builds a three-step lesson, reorders it by keyboard, undoes, and saves it', async ({ page }) => {
  await page.goto('/decaan/klassen');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Lessen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessen' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Nieuwe les' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe les' })).toBeVisible();
  await page.getByLabel('Titel van de les').fill('Werken in de zorg');
  await page.getByLabel('Titel van de les').blur();

  await page.getByLabel('Zoek een module').fill('verpleeg');
  await page.getByRole('button', { name: 'Een dag als verpleegkundige toevoegen' }).click();
  const steps = page.getByRole('list', { name: 'Stappen van de les, in volgorde' }).getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(1)).toContainText('Een dag als verpleegkundige');
  await expect(page.getByRole('status').filter({ hasText: 'Samen 5 van 50 minuten.' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard: focus the video's "up" button and press Enter; the move is announced.
  await page.getByRole('button', { name: 'Een dag als verpleegkundige omhoog' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(0)).toContainText('Een dag als verpleegkundige');
  await expect(page.locator('.cdk-live-announcer-element')).toContainText("Stap 'Een dag als verpleegkundige' staat nu op plek 1 van 3.");

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(steps.nth(1)).toContainText('Een dag als verpleegkundige');

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page).toHaveURL(/\/decaan\/lessen\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Les samenstellen' })).toBeVisible();
  await expect(steps).toHaveCount(3);

  // A saved lesson's reorder is saved at once; after a reload the new order is still there.
  await page.getByRole('button', { name: 'Een dag als verpleegkundige omlaag' }).focus();
  const saved = page.waitForResponse((response) => response.url().includes('/api/lessons/') && response.request().method() === 'PUT');
  await page.keyboard.press('Enter');
  await expect(steps.nth(2)).toContainText('Een dag als verpleegkundige');
  expect((await saved).status()).toBe(200);
  await page.reload();
  await expect(steps.nth(2)).toContainText('Een dag als verpleegkundige');
  await expectNoAxeViolations(page);
});
