import { expect, test } from '@playwright/test';
import type { PlanningDashboard, ScheduleSummary } from '../contracts/src';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';
import { SignInPage } from './pages/sign-in.page';

/**
 * Issue 7: the results of one planned lesson. The mentor of G3A sees how far the class got, the
 * videos, the class's choice shift and who may need a conversation (with names); the decaan sees
 * the same figures without names; a mentor cannot open another mentor's class.
 */
test.describe('resultaten van een planning', () => {
  test('the mentor follows the class from the planning to its results, charts as tables, names only for the mentor', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new SignInPage(page).signInAs('mentor');
    await page.getByRole('link', { name: 'Planning' }).click();
    await page.getByRole('link', { name: /^Resultaten van Kansrijk kiezen: zorg en techniek voor klas G3A$/ }).click();
    await expect(page).toHaveURL(/\/mentor\/planning\/[0-9a-f-]{36}\/resultaten$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Resultaten: Kansrijk kiezen: zorg en techniek · klas G3A' })).toBeVisible();

    // The figures on screen are the API's figures for this planning.
    const scheduleId = page.url().split('/').at(-2)!;
    const dashboard = (await (await page.request.get(`/api/dashboards/plannings/${scheduleId}`)).json()) as PlanningDashboard;
    expect(dashboard.started).toBeGreaterThan(0);
    await expect(page.getByText(`Begonnen ${dashboard.started} van ${dashboard.classSize}, afgerond ${dashboard.finished} van ${dashboard.classSize}.`)).toBeVisible();
    const video = dashboard.videos[0]!;
    const card = page.locator('mat-card.video').filter({ has: page.getByRole('heading', { name: video.title }) });
    await expect(card.getByText('Kijkers')).toBeVisible();

    // Every chart can be read as a table: the retention curve every 5 seconds.
    const retention = card.locator('app-retention-chart');
    await retention.getByRole('button', { name: 'Toon als tabel' }).click();
    await expect(retention.getByRole('columnheader', { name: 'Seconde' })).toBeVisible();
    await expect(retention.getByRole('rowheader', { name: '0', exact: true })).toBeVisible();

    // The class's choice shift, and the attention list with names: this is the class's own mentor.
    await expect(page.getByRole('heading', { level: 2, name: 'Keuzeverschuiving in deze les' })).toBeVisible();
    const attention = page.getByRole('region', { name: 'Wie heeft een gesprek nodig?' });
    await expect(attention).toBeVisible();
    const first = dashboard.attention?.[0];
    expect(first, 'the demo class has students who did not start').toBeTruthy();
    await expect(attention.getByText(first!.displayName).first()).toBeVisible();
    // "Begonnen" and "afgerond" traced to the students behind them.
    await page.getByText(/^Welke leerlingen\? \(\d+\)$/).click();
    const roster = page.getByRole('region', { name: 'Per leerling: begonnen en afgerond' });
    await expect(roster.getByRole('rowheader', { name: first!.displayName, exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // Another mentor's class (G4B belongs to mentor2): the API refuses, and so does the page.
    const decaan = await browser.newContext({ storageState: DECAAN_STATE });
    const schedules = (await (await decaan.request.get('/api/schedules')).json()) as ScheduleSummary[];
    const other = schedules.find((schedule) => schedule.className === 'G4B')!;
    expect((await page.request.get(`/api/dashboards/plannings/${other.id}`)).status()).toBe(403);
    await page.goto(`/mentor/planning/${other.id}/resultaten`);
    await expect(page.getByRole('alert')).toContainText(/geen toegang|mag je niet/i);
    await context.close();

    // The decaan sees the same planning without names.
    const decaanPage = await decaan.newPage();
    await decaanPage.goto(`/decaan/planning/${scheduleId}/resultaten`);
    await expect(decaanPage.getByText(`Begonnen ${dashboard.started} van ${dashboard.classSize}`).first()).toBeVisible();
    await expect(decaanPage.getByText('Wie een gesprek nodig heeft, ziet alleen de mentor van de klas.')).toBeVisible();
    await expect(decaanPage.getByText(first!.displayName)).toHaveCount(0);
    await expect(decaanPage.getByText(/^Welke leerlingen/)).toHaveCount(0);
    await expectNoAxeViolations(decaanPage);
    await decaan.close();
  });
});
