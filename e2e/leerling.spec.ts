import { expect, test } from '@playwright/test';
import { StudentJoinPage } from './pages/student-join.page';
import { demoClass } from './support/api';
import { expectNoAxeViolations } from './support/axe';

test.describe('leerling', () => {
  test('joins with the class code and a personal code, without e-mail or password', async ({ page, playwright, baseURL }) => {
    const staff = await playwright.request.newContext({ baseURL });
    const klas = await demoClass(staff);
    await staff.dispose();
    const student = klas.students[0];

    const join = new StudentJoinPage(page);
    await join.open();
    await expectNoAxeViolations(page);

    await join.enterClassCode('ONBEKEND');
    await expect(page.getByRole('alert')).toContainText('Deze klascode kennen we niet');

    await join.enterClassCode(klas.classCode.toLowerCase());
    await expect(page.getByRole('heading', { level: 2, name: 'Wie ben jij?' })).toBeVisible();
    await expectNoAxeViolations(page);

    await join.enterPersonalCode('ZZZZ');
    await expect(page.getByRole('alert')).toContainText('Deze persoonlijke code hoort niet bij deze klas');

    await join.enterPersonalCode(student.personalCode);
    await expect(page).toHaveURL(/\/leerling\/start$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Hoi ${student.displayName}`);
    await expectNoAxeViolations(page);
  });

  test('a student session cannot read staff routes', async ({ page, playwright, baseURL }) => {
    const staff = await playwright.request.newContext({ baseURL });
    const klas = await demoClass(staff);
    await staff.dispose();

    const join = new StudentJoinPage(page);
    await join.open();
    await join.enterClassCode(klas.classCode);
    await join.enterPersonalCode(klas.students[1].personalCode);
    await expect(page).toHaveURL(/\/leerling\/start$/);

    for (const route of ['/api/classes', `/api/classes/${klas.id}`, '/api/admin/staff', '/api/school/overview']) {
      expect((await page.request.get(route)).status(), route).toBe(403);
    }
    await page.goto('/decaan');
    await expect(page.getByRole('heading', { level: 1, name: 'Klassen' })).toHaveCount(0);
  });
});
