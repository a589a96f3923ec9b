import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';

test.use({ storageState: DECAAN_STATE });

/** Issue 6: the decaan checks a prospect file, sees what is wrong per line, and imports only the good rows. */
test('decaan checks a CSV with an error, reads the row report, and imports only the valid rows', async ({ page }) => {
  await page.goto('/decaan/arbeidsmarkt?tab=importeren');
  await expect(page.getByRole('heading', { name: 'CSV-bestand importeren' })).toBeVisible();
  const csv = 'code;opleiding;waarde\n25655;;goed\n;Kok;fantastisch\n;Timmerman;voldoende\n';
  await page.locator('input[type="file"]').setInputFiles({ name: 'kans-op-werk-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByLabel('Bron', { exact: true }).fill('E2E-bron kans op werk');
  await page.getByRole('button', { name: 'Controleren (proefimport)' }).click();

  // The report: one wrong row, named by line and column; importing the whole file is not possible.
  const problems = page.getByRole('table').filter({ hasText: 'fantastisch' });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('row').filter({ hasText: 'waarde' })).toContainText('3');
  await expect(page.getByRole('button', { name: 'Importeren', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Alleen de geldige rijen importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Geïmporteerd: de nieuwe waarden staan bij "Vooruitzichten".' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'E2E-bron kans op werk' })).toContainText('2 / 0 / 0 / 0');

  // The two good rows are now current values, labelled as imported, with their source.
  await page.getByRole('tab', { name: 'Vooruitzichten' }).click();
  const table = page.getByRole('table');
  const verpleeg = table.getByRole('row').filter({ hasText: 'E2E-bron kans op werk' }).filter({ hasText: 'Verpleegkundige' });
  await expect(verpleeg).toContainText('5 van 5');
  await expect(verpleeg).toContainText('geïmporteerd');
  await expect(table.getByRole('row').filter({ hasText: 'E2E-bron kans op werk' })).toHaveCount(2);
});
