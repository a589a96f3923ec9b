import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in.page';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';

test.describe('decaan: module library and planning', () => {
  test.use({ storageState: DECAAN_STATE });

  test('browses the demo modules, filters by sector through the URL and watches a video with captions', async ({ page }) => {
    await page.goto('/decaan/klassen');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Modules' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Modulebibliotheek' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('12 modules');
    await expectNoAxeViolations(page);

    await page.getByRole('combobox', { name: 'Sector' }).click();
    await page.getByRole('option', { name: 'Zorg & welzijn' }).click();
    await expect(page).toHaveURL(/sector=zorg-welzijn/);
    await expect(page.getByRole('status')).toHaveText('4 modules');

    // The filter is in the URL: a shared link shows the same selection.
    await page.goto('/decaan/modules?sector=techniek-bouw');
    await expect(page.getByRole('status')).toHaveText('5 modules');

    await page.getByRole('radio', { name: 'Lijst' }).click();
    await expect(page).toHaveURL(/weergave=lijst/);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(6);
    await expectNoAxeViolations(page);
    await page.goto('/decaan/modules?leerjaar=2&quality=incomplete&maxMinutes=1&sector=techniek-bouw');
    await expect(page.getByRole('status')).toHaveText('2 modules');

    await page.getByRole('link', { name: 'Timmerman op de bouwplaats' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Timmerman op de bouwplaats' })).toBeVisible();
    const video = page.locator('video');
    await expect(video).toHaveAttribute('src', /\/api\/media\//);
    await expect(page.locator('video track[kind="captions"][srclang="nl"]')).toHaveAttribute('default', '');
    const duration = await video.evaluate(async (element: HTMLVideoElement) => {
      if (element.readyState < 1) await new Promise((resolve) => element.addEventListener('loadedmetadata', resolve, { once: true }));
      return element.duration;
    });
    expect(Math.round(duration)).toBe(40);
    await expectNoAxeViolations(page);
  });

  test('sees the planning of every class, grouped into open, planned and past', async ({ page }) => {
    await page.goto('/decaan/planning');
    await expect(page.getByRole('heading', { level: 2, name: 'Nu open (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Gepland (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Geweest (1)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

});

test.describe('mentor: planning', () => {
  test('a mentor sees only the planning of the own classes', async ({ page }) => {
    await new SignInPage(page).signInAs('mentor');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Planning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Planning' })).toBeVisible();
    const classes = await page.getByRole('cell').filter({ hasText: /^(G3A|H3A|G4B|H4A|V2A|V3B)$/ }).allTextContents();
    expect(classes.sort()).toEqual(['G3A', 'H3A']);
    await expectNoAxeViolations(page);
  });
});
