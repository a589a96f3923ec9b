import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';

const video = readFileSync(new URL('../server/test/fixtures/two-seconds.mp4', import.meta.url));
const captions = 'WEBVTT\n\n00:00.000 --> 00:01.500\nDit is een kraamverzorgende aan het werk.\n';
test.use({ storageState: DECAAN_STATE });

const brokenCaptions = 'WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n\n00:01,5 --> 00:02.000\nKomma in de tijd\n';

test('decaan creates a video module, uploads video and captions, fixes a broken caption file and publishes', async ({ page }) => {
  await page.goto('/decaan/modules');
  await page.getByRole('link', { name: 'Nieuwe module' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe module' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Validation next to the fields before anything is sent.
  await page.getByRole('button', { name: 'Module aanmaken' }).click();
  await expect(page.getByText('Geef een titel van 3 tot 120 tekens.')).toBeVisible();

  await page.getByLabel('Titel').fill('Kraamverzorgende: de eerste week');
  await page.getByRole('combobox', { name: 'Niveau' }).click();
  await page.getByRole('option', { name: 'vmbo-gt' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Leerjaren' }).click();
  await page.getByRole('option', { name: '3' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Sector' }).click();
  await page.getByRole('option', { name: 'Zorg & welzijn' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Module aanmaken' }).click();

  await expect(page).toHaveURL(/\/decaan\/modules\/[0-9a-f-]+\/bewerken$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Module bewerken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publiceren' })).toBeDisabled();

  await page.locator('#upload-video').setInputFiles({ name: 'kraamzorg.mp4', mimeType: 'video/mp4', buffer: video });
  await expect(page.locator('video')).toHaveAttribute('src', /\/api\/media\//);

  // The thumbnail can be a frame of the video itself.
  const thumbnailStatus = page.locator('app-upload-field').filter({ has: page.locator('#upload-thumbnail') });
  await expect(thumbnailStatus).toContainText('Nog niet toegevoegd');
  await page.getByRole('button', { name: 'Dit beeld als miniatuur gebruiken' }).click();
  await expect(thumbnailStatus).not.toContainText('Nog niet toegevoegd');

  await page.locator('#upload-captions').setInputFiles({ name: 'kraamzorg.vtt', mimeType: 'text/vtt', buffer: Buffer.from(brokenCaptions) });
  await expect(page.getByRole('alert').filter({ hasText: 'Regel 6' })).toBeVisible();

  await page.locator('#upload-captions').setInputFiles({ name: 'kraamzorg.vtt', mimeType: 'text/vtt', buffer: Buffer.from(captions) });
  await expect(page.getByRole('alert').filter({ hasText: 'Regel 6' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByText('Versie 1 is gepubliceerd')).toBeVisible();

  await page.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
  await expect(page.getByRole('link', { name: 'Kraamverzorgende: de eerste week' })).toBeVisible();
});

test('a file that is not a video is refused with a clear message', async ({ page }) => {
  await page.goto('/decaan/modules/nieuw');
  await page.getByLabel('Titel').fill('Test met een verkeerd bestand');
  for (const [field, option] of [['Niveau', 'havo'], ['Leerjaren', '4'], ['Sector', 'ICT']] as const) {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: 'Module aanmaken' }).click();
  await expect(page).toHaveURL(/\/bewerken$/);
  await page.locator('#upload-video').setInputFiles({ name: 'stiekem.mp4', mimeType: 'video/mp4', buffer: Buffer.from('dit is tekst, geen video '.repeat(20)) });
  await expect(page.getByRole('alert').filter({ hasText: 'geen MP4- of WebM-video' })).toBeVisible();
});
