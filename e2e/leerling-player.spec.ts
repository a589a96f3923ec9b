import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ClassDetail, ClassSummary, XapiStatement, XapiStatementResult } from '../contracts/src';
import { apiSignIn } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { chooseSector, playGameByKeyboard, pressOn, signInStudent, watchVideoToTheEnd } from './support/player';

/** The demo tool's credentials (demo mode only; README). */
const DEMO_TOOL = `Basic ${Buffer.from('demo-tool:demo-tool-secret').toString('base64')}`;
const XAPI = { Authorization: DEMO_TOOL, 'X-Experience-API-Version': '1.0.3' };

/** Every statement the store holds for this student (through the Statement API, as a tool). */
async function statementsOf(request: APIRequestContext, studentId: string): Promise<XapiStatement[]> {
  const agent = JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://koers.app/leerling', name: studentId } });
  const all: XapiStatement[] = [];
  let url = `/xapi/statements?limit=100&agent=${encodeURIComponent(agent)}`;
  for (;;) {
    const response = await request.get(url, { headers: XAPI });
    expect(response.status()).toBe(200);
    const page = (await response.json()) as XapiStatementResult;
    all.push(...page.statements);
    if (!page.more) return all;
    url = page.more;
  }
}

const verbs = (statements: readonly XapiStatement[]) => statements.map((statement) => statement.verb.id.split('/').pop());

test.describe('leerling: lesson player', () => {
  let klas: ClassDetail;

  test.beforeAll(async ({ playwright, baseURL }) => {
    // G3A has the demo lesson open now (the seed plans it around today).
    const staff = await playwright.request.newContext({ baseURL });
    await apiSignIn(staff, 'decaan');
    const classes = (await (await staff.get('/api/classes')).json()) as ClassSummary[];
    klas = (await (await staff.get(`/api/classes/${classes.find((c) => c.name === 'G3A')!.id}`)).json()) as ClassDetail;
    await staff.dispose();
  });

  test('plays the whole demo lesson by keyboard, resumes after a reload, and every statement arrives', async ({ page }) => {
    // Six steps, two videos, a game, a reload and axe on several pages: 29 s alone, and it exceeded the
    // 60 s default once at the end of a full CI run. The same assertions, with three times the time.
    test.slow();
    const studentId = await signInStudent(page, klas, 3);
    await expect(page.getByRole('heading', { level: 2, name: 'Nu te doen' })).toBeVisible();
    await expectNoAxeViolations(page);
    await pressOn(page, 'link', /^Begin: Kansrijk kiezen/);

    // 1. Keuzemeting vooraf
    await expect(page.getByRole('heading', { level: 2, name: 'Wat wil jij later?' })).toBeVisible();
    await expect(page.getByText('Stap 1 van 6')).toBeVisible();
    await expectNoAxeViolations(page);
    await pressOn(page, 'button', 'Volgende');
    await expect(page.getByRole('alert')).toContainText('Kies minstens één richting');
    await chooseSector(page, 'Zorg & welzijn');
    await pressOn(page, 'button', 'Volgende');

    // 2. Video, watched to the end, then the two questions
    await expect(page.getByText('Stap 2 van 6')).toBeVisible();
    await expect(page.locator('video track[kind="captions"]')).toHaveAttribute('default', '');
    await expect(page.getByRole('switch', { name: 'Ondertiteling aan' })).toBeChecked();
    await expectNoAxeViolations(page);
    await watchVideoToTheEnd(page);
    await expect(page.getByText('100% bekeken')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Twee snelle vragen' })).toBeVisible();
    await pressOn(page, 'radio', /^4/, 'Space');
    await pressOn(page, 'radio', 'Een beetje', 'Space');
    await page.getByLabel('Wil je nog iets kwijt?').fill('Ik wist niet dat je ook nachtdiensten hebt.');
    await expectNoAxeViolations(page);
    await pressOn(page, 'button', 'Volgende');

    // Resume: a reload (or coming back later) starts at the first unfinished step.
    await expect(page.getByText('Stap 3 van 6')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Stap 3 van 6')).toBeVisible();

    // 3. Second video: skipped after a look; no rating
    await pressOn(page, 'button', 'Klaar met kijken');
    await pressOn(page, 'button', 'Overslaan');

    // 4. Game
    await expect(page.getByText('Stap 4 van 6')).toBeVisible();
    await playGameByKeyboard(page);
    await page.locator('app-game-step > button', { hasText: 'Volgende' }).press('Enter');

    // 5. Reflection
    await expect(page.getByText('Stap 5 van 6')).toBeVisible();
    await pressOn(page, 'button', 'Volgende');
    await expect(page.getByRole('alert')).toContainText('kies een antwoord');
    await pressOn(page, 'radio', 'Elektromonteur', 'Space');
    await pressOn(page, 'button', 'Volgende');

    // 6. Keuzemeting achteraf
    await expect(page.getByRole('heading', { level: 2, name: 'En wat wil je nu?' })).toBeVisible();
    await pressOn(page, 'checkbox', 'Ik weet het nog niet', 'Space');
    await pressOn(page, 'radio', '2', 'Space');
    await pressOn(page, 'button', 'Volgende');

    // Summary
    await expect(page.getByRole('heading', { level: 2, name: 'Goed gedaan!' })).toBeVisible();
    await expect(page.getByText('Je keuze vooraf')).toBeVisible();
    await expect(page.getByText('Zorg & welzijn')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Alles is opgeslagen' })).toBeVisible();
    await expectNoAxeViolations(page);

    const stored = await statementsOf(page.request, studentId);
    const seen = verbs(stored);
    for (const verb of ['launched', 'responded', 'initialized', 'played', 'completed', 'rated', 'terminated', 'attempted', 'answered']) {
      expect(seen, `a ${verb} statement`).toContain(verb);
    }
    expect(seen.filter((verb) => verb === 'responded')).toHaveLength(2);
    expect(stored.every((statement) => statement.actor.account?.name === studentId)).toBe(true);
    expect(new Set(stored.map((statement) => statement.id)).size).toBe(stored.length);

    // The list counts what the server saw finished: the skipped video is not "klaar" (no completed
    // statement), so the student can still go back and watch it.
    await page.goto('/leerling/start');
    await expect(page.getByText('5 van 6 stappen klaar')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Verder waar je was: Kansrijk kiezen/ })).toBeVisible();
  });

  test('goes offline halfway through a lesson and, back online, every statement is stored exactly once', async ({ page, context }) => {
    const studentId = await signInStudent(page, klas, 4);
    const sent = new Set<string>();
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/xapi/statements')) {
        for (const statement of JSON.parse(request.postData() ?? '[]') as XapiStatement[]) sent.add(statement.id!);
      }
    });
    await pressOn(page, 'link', /^Begin: Kansrijk kiezen/);
    await chooseSector(page, 'ICT');
    await pressOn(page, 'button', 'Volgende');
    await expect(page.getByRole('status').filter({ hasText: 'Alles is opgeslagen' })).toBeVisible();

    // The video is watched online (media needs the network); then the connection drops.
    await watchVideoToTheEnd(page);
    await context.setOffline(true);
    await pressOn(page, 'radio', /^5/, 'Space');
    await pressOn(page, 'radio', 'Ja', 'Space');
    await pressOn(page, 'button', 'Volgende');
    await pressOn(page, 'button', 'Klaar met kijken');
    await pressOn(page, 'button', 'Overslaan');
    await playGameByKeyboard(page);
    await page.locator('app-game-step > button', { hasText: 'Volgende' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Geen verbinding' })).toBeVisible();
    await expect(page.getByText('Stap 5 van 6')).toBeVisible();

    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'Alles is opgeslagen' })).toBeVisible({ timeout: 30_000 });

    const stored = await statementsOf(page.request, studentId);
    const storedIds = stored.map((statement) => statement.id!);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    expect(new Set(storedIds)).toEqual(sent);
    expect(verbs(stored)).toEqual(expect.arrayContaining(['rated', 'attempted', 'answered', 'completed', 'terminated']));
  });
});

