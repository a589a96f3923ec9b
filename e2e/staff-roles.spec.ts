import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in.page';
import { StaffShell } from './pages/staff-shell.page';
import { apiSignIn } from './support/api';
import { expectNoAxeViolations } from './support/axe';

test.describe('decaan', () => {
  test('signs in, sees every class of the school and opens one with its class code', async ({ page }) => {
    await new SignInPage(page).signInAs('decaan');
    await expect(page).toHaveURL(/\/decaan\/klassen$/);
    await new StaffShell(page).expectSignedInAs('Decaan');
    await expect(page.getByRole('heading', { level: 1, name: 'Klassen' })).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(7); // header + six demo classes
    await expectNoAxeViolations(page);

    await rows.nth(1).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/decaan\/klassen\/[0-9a-f-]+$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Klas / })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Klascode' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('mentor', () => {
  test('signs in and sees only the own classes, and the API refuses another class', async ({ page, playwright, baseURL }) => {
    await new SignInPage(page).signInAs('mentor');
    await expect(page).toHaveURL(/\/mentor\/klassen$/);
    await new StaffShell(page).expectSignedInAs('Mentor');
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn klassen' })).toBeVisible();
    const ownRows = page.getByRole('table').getByRole('row');
    await expect(ownRows).toHaveCount(3); // header + two classes
    await expectNoAxeViolations(page);

    const own = (await (await page.request.get('/api/classes')).json()) as { id: string }[];
    const ownIds = new Set(own.map((c) => c.id));
    expect(ownIds.size).toBe(2);
    await ownRows.nth(1).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: /persoonlijke codes/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const decaan = await playwright.request.newContext({ baseURL });
    await apiSignIn(decaan, 'decaan');
    const all = (await (await decaan.get('/api/classes')).json()) as { id: string }[];
    await decaan.dispose();
    const otherClass = all.find((c) => !ownIds.has(c.id));
    expect(otherClass).toBeDefined();
    expect((await page.request.get(`/api/classes/${otherClass?.id}`)).status()).toBe(403);
    expect((await page.request.get('/api/admin/staff')).status()).toBe(403);
  });
});

test.describe('schoolleiding', () => {
  test('signs in and sees counts per niveau and leerjaar, no student names', async ({ page }) => {
    await new SignInPage(page).signInAs('schoolleiding');
    await expect(page).toHaveURL(/\/schoolleiding$/);
    await new StaffShell(page).expectSignedInAs('Schoolleiding');
    await expect(page.getByRole('heading', { level: 1, name: 'Schooloverzicht' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('havo');
    await expectNoAxeViolations(page);
    const classDetail = await page.request.get('/api/classes');
    expect(classDetail.status()).toBe(200);
  });
});

test.describe('beheerder', () => {
  test('signs in, sees the staff with their roles and the classes, and signs out', async ({ page }) => {
    await new SignInPage(page).signInAs('beheerder');
    await expect(page).toHaveURL(/\/beheer$/);
    await new StaffShell(page).expectSignedInAs('Beheerder');
    await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('decaan@demo.koers.nl');
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klassen' }).click();
    await expect(page).toHaveURL(/\/beheer\/klassen$/);
    await expectNoAxeViolations(page);

    await new StaffShell(page).signOut();
    await page.goto('/beheer');
    await expect(page).toHaveURL(/\/inloggen/);
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the decaan can use the menu on a 360 px wide phone', async ({ page }) => {
    await new SignInPage(page).signInAs('decaan');
    await expect(page.getByRole('heading', { level: 1, name: 'Klassen' })).toBeVisible();
    await expectNoAxeViolations(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
  });
});
