import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';

test.use({ storageState: DECAAN_STATE });

test('decaan schedules a lesson for a class and prints the A4 handout with code and QR code', async ({ page }) => {
  await page.goto('/decaan/planning');
  await expect(page.getByRole('heading', { level: 2, name: 'Les plannen' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Les' }).click();
  await page.getByRole('option', { name: /Kansrijk kiezen: zorg en techniek/ }).click();
  await page.getByRole('combobox', { name: 'Klassen' }).click();
  await page.getByRole('option', { name: /V2A/ }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Van', { exact: true }).fill('2030-03-02');
  await page.getByLabel('Tot en met', { exact: true }).fill('2030-03-06');
  await page.getByRole('button', { name: 'Plannen' }).click();

  const row = page.getByRole('row').filter({ hasText: 'V2A' }).filter({ hasText: '2-3-2030 t/m 6-3-2030' });
  await expect(row).toBeVisible();
  const code = (await row.locator('.code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  await expectNoAxeViolations(page);

  await row.getByRole('link', { name: 'Handout' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kansrijk kiezen: zorg en techniek' })).toBeVisible();
  await expect(page.getByText('Voor klas V2A')).toBeVisible();
  await expect(page.locator('.sheet .code')).toHaveText(code);
  await expect(page.locator('.qr svg')).toBeVisible();
  await expectNoAxeViolations(page);

  // What the printer gets: A4 without the app's navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // A planning that has not started can be removed again.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/decaan/planning');
  await page.getByRole('button', { name: 'Planning voor V2A verwijderen' }).click();
  await expect(page.getByRole('row').filter({ hasText: '2-3-2030' })).toHaveCount(0);
});
