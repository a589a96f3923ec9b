import { expect, test } from '@playwright/test';
import type { ChoiceShiftReport, ClassDetail, ClassSummary } from '../contracts/src';
import { apiSignIn } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { SignInPage } from './pages/sign-in.page';
import { chooseSector, playGameByKeyboard, pressOn, signInStudent } from './support/player';

/**
 * Issue 6: students of a demo class do the keuzemeting before and after a lesson; the mentor of
 * that class then sees the shift. G3A has the demo lesson open and demo measurements of part of the
 * class; the first students in name order are left free for journeys like this one.
 */
test.describe('keuzeverschuiving', () => {
  let klas: ClassDetail;
  let before: ChoiceShiftReport;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const mentor = await playwright.request.newContext({ baseURL });
    await apiSignIn(mentor, 'mentor');
    const classes = (await (await mentor.get('/api/classes')).json()) as ClassSummary[];
    const g3a = classes.find((c) => c.name === 'G3A')!;
    klas = (await (await mentor.get(`/api/classes/${g3a.id}`)).json()) as ClassDetail;
    before = (await (await mentor.get(`/api/choice-shift?classId=${g3a.id}`)).json()) as ChoiceShiftReport;
    await mentor.dispose();
  });

  test('a student measures before and after the lesson, and the mentor sees the shift of the class', async ({ browser }) => {
    // Two people on two devices: a fresh browser context each.
    const studentContext = await browser.newContext();
    const student = await studentContext.newPage();
    await signInStudent(student, klas, 6);
    await pressOn(student, 'link', /^Begin: Kansrijk kiezen/);

    // Before: a direction without good prospects in the demo data.
    await expect(student.getByRole('heading', { level: 2, name: 'Wat wil jij later?' })).toBeVisible();
    await chooseSector(student, 'Media & creatief');
    await pressOn(student, 'button', 'Volgende');
    // Both videos: a look, then on.
    for (const step of ['Stap 2 van 6', 'Stap 3 van 6']) {
      await expect(student.getByText(step)).toBeVisible();
      await pressOn(student, 'button', 'Klaar met kijken');
      await pressOn(student, 'button', 'Overslaan');
    }
    await expect(student.getByText('Stap 4 van 6')).toBeVisible();
    await playGameByKeyboard(student);
    await student.locator('app-game-step > button', { hasText: 'Volgende' }).press('Enter');
    await expect(student.getByText('Stap 5 van 6')).toBeVisible();
    await pressOn(student, 'radio', 'Verpleegkundige', 'Space');
    await pressOn(student, 'button', 'Volgende');

    // After: an opleiding found through the search.
    await expect(student.getByRole('heading', { level: 2, name: 'En wat wil je nu?' })).toBeVisible();
    await student.getByRole('radio', { name: 'Een opleiding' }).first().press('Space');
    const search = student.getByRole('combobox', { name: 'Opleiding' });
    await search.fill('verpleeg');
    const option = student.getByRole('option', { name: /^Verpleegkundige\b.*mbo 4/ });
    await expect(option).toBeVisible();
    await expectNoAxeViolations(student);
    await option.click();
    await expect(search).toHaveValue('Verpleegkundige');
    await pressOn(student, 'radio', '4', 'Space');
    await pressOn(student, 'button', 'Volgende');
    await expect(student.getByRole('heading', { level: 2, name: 'Goed gedaan!' })).toBeVisible();
    await expect(student.getByRole('status').filter({ hasText: 'Alles is opgeslagen' })).toBeVisible();
    await studentContext.close();

    // The mentor opens the class: the shift now counts one more pair, with its generated sentence.
    const mentorContext = await browser.newContext();
    const page = await mentorContext.newPage();
    await new SignInPage(page).signInAs('mentor');
    await expect(page).toHaveURL(/\/mentor\/klassen$/);
    await page.goto(`/mentor/klassen/${klas.id}`);
    const section = page.getByRole('region', { name: 'Keuzeverschuiving' });
    await expect(section).toBeVisible();
    const paired = before.nPaired + 1;
    await expect(section.getByText(new RegExp(`van de ${paired} leerlingen een kansrijke opleiding`))).toBeVisible();
    // The caution stands on its own under the figures, whatever the sentence says.
    await expect(section.getByText('Zonder vergelijkingsgroep weten we niet zeker of dit door de les komt.', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await mentorContext.close();
  });
});
