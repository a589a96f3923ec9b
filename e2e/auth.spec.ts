import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in.page';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_ACCOUNTS } from './support/demo';

test.describe('signing in', () => {
  test('a wrong password shows a clear Dutch message and keeps the user on the sign-in page', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await expectNoAxeViolations(page);
    await signIn.signIn(DEMO_ACCOUNTS.decaan, 'niet-het-wachtwoord');
    await expect(signIn.alert).toContainText('Het e-mailadres of het wachtwoord klopt niet');
    await expect(page).toHaveURL(/\/inloggen/);
    await expectNoAxeViolations(page);
  });

  test('repeated wrong passwords are refused with a Dutch message saying how long to wait', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    // mentor3 is used by no other journey, so its sign-in limit is this test's alone.
    for (let attempt = 1; attempt <= 10; attempt++) {
      await signIn.signIn('mentor3@demo.koers.nl', `fout-${attempt}`);
      await expect(signIn.alert).toContainText('klopt niet');
    }
    await signIn.signIn('mentor3@demo.koers.nl', 'koers-demo');
    await expect(signIn.alert).toContainText('Te veel pogingen achter elkaar. Wacht');
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test('empty fields get a message next to each field', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.submit.click();
    await expect(page.getByText('Vul je e-mailadres in.')).toBeVisible();
    await expect(page.getByText('Vul je wachtwoord in.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an anonymous visitor of a staff page is sent to sign-in and returned after signing in', async ({ page }) => {
    await page.goto('/schoolleiding');
    await expect(page).toHaveURL(/\/inloggen\?returnUrl=/);
    await new SignInPage(page).signIn(DEMO_ACCOUNTS.schoolleiding, 'koers-demo');
    await expect(page).toHaveURL(/\/schoolleiding$/);
  });

  test('the language switch shows the sign-in page in English and remembers the choice', async ({ page }) => {
    await new SignInPage(page).open();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Koers');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Koers');
    await expectNoAxeViolations(page);
  });
});

test.describe('pages and API that do not exist', () => {
  test('an unknown page shows the not-found page with a way back', async ({ page }) => {
    await page.goto('/bestaat-niet');
    await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an unknown API route answers a problem+json 404', async ({ request }) => {
    const response = await request.get('/api/bestaat-niet');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, code: 'not_found' });
  });
});
