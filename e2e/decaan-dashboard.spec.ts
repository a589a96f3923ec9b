import { expect, test } from '@playwright/test';
import type { SchoolDashboard } from '../contracts/src';
import { expectNoAxeViolations } from './support/axe';
import { DECAAN_STATE } from './support/demo';

test.use({ storageState: DECAAN_STATE });

/**
 * Issue 7: the decaan's school dashboard. Filters live in the URL (a shared link shows the same
 * view), every group's figures can be traced to the plannings behind them, and those open the
 * planning's results.
 */
test.describe('schooldashboard', () => {
  test('the decaan filters by leerjaar through the URL, traces a class to its planning and opens its results', async ({ page }) => {
    await page.goto('/decaan/overzicht');
    await expect(page.getByRole('heading', { level: 1, name: 'Schooldashboard' })).toBeVisible();
    const school = (await (await page.request.get('/api/dashboards/school')).json()) as SchoolDashboard;
    await expect(page.getByText('Je ziet de hele school, alle geplande lessen.')).toBeVisible();
    await expect(page.getByText(String(school.school.students), { exact: true }).first()).toBeVisible();
    // Association, not proof: said where the module figures are.
    await expect(page.getByText('Verband, geen bewijs')).toBeVisible();
    await expectNoAxeViolations(page);

    // Leerjaar 3 only: the URL says so, and a reload (or a shared link) shows the same view.
    await page.getByRole('combobox', { name: 'Leerjaar' }).click();
    await page.getByRole('option', { name: 'Leerjaar 3' }).click();
    await expect(page).toHaveURL(/[?&]leerjaar=3\b/);
    await expect(page.getByText('Je ziet: leerjaar 3.')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Je ziet: leerjaar 3.')).toBeVisible();
    const third = (await (await page.request.get('/api/dashboards/school?leerjaar=3')).json()) as SchoolDashboard;
    const g3a = third.byClass.find((group) => group.label.nl.includes('G3A'))!;
    expect(g3a.scheduleIds.length).toBeGreaterThan(0);

    // Trace G3A's figures to the plannings behind them, and open one.
    await page.getByRole('button', { name: /^Toon de \d+ geplande lessen achter .*G3A/ }).click();
    await page.getByRole('link', { name: /Kansrijk kiezen: zorg en techniek · klas G3A/ }).first().click();
    await expect(page).toHaveURL(new RegExp(`/decaan/planning/(${g3a.scheduleIds.join('|')})/resultaten$`));
    await expect(page.getByRole('heading', { level: 1, name: /klas G3A$/ })).toBeVisible();

    // Back: the filter is still there.
    await page.goBack();
    await expect(page.getByText('Je ziet: leerjaar 3.')).toBeVisible();
    await page.getByRole('button', { name: 'Wis filters' }).click();
    await expect(page).not.toHaveURL(/leerjaar=/);
  });
});
