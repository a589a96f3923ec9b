import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { SignInPage } from './pages/sign-in.page';

/** Clicks a download link and returns the file the browser saved. */
async function download(page: Page, link: Locator): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { file, body: await readFile((await file.path())!) };
}

/**
 * Issue 7: the schoolleiding's year report — on screen, as PDF, Excel and CSV, and through an
 * expiring read-only link for the board that works without an account until it is revoked.
 */
test.describe('jaarverslag', () => {
  test('schoolleiding reads the year report, downloads every export and shares it through a link it later revokes', async ({ browser }) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await new SignInPage(page).signInAs('schoolleiding');
    await page.getByRole('link', { name: 'Jaarverslag' }).click();
    await expect(page).toHaveURL(/\/schoolleiding\/jaarverslag/);
    await expect(page.getByRole('heading', { level: 1, name: 'Jaarverslag LOB' })).toBeVisible();
    const title = page.getByRole('heading', { name: /^LOB-verslag schooljaar \d{4}-\d{4}$/ });
    await expect(title).toBeVisible();
    const year = (await title.textContent())!.trim().split(' ').pop()!;
    // Group figures only: the summary sentence and the table per leerjaar.
    await expect(page.getByText(/^In schooljaar \d{4}-\d{4} werden \d+ lessen gepland/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Per leerjaar', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    const pdf = await download(page, page.getByRole('link', { name: `Jaarverslag ${year} downloaden als PDF` }));
    expect(pdf.file.suggestedFilename()).toBe(`koers-lob-verslag-${year}.pdf`);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await download(page, page.getByRole('link', { name: `Jaarverslag ${year} downloaden als Excel-bestand (XLSX)` }));
    expect(xlsx.file.suggestedFilename()).toBe(`koers-lob-verslag-${year}.xlsx`);
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    const csv = await download(page, page.getByRole('link', { name: `Jaarverslag ${year} downloaden als CSV-bestand` }));
    expect(csv.file.suggestedFilename()).toBe(`koers-lob-verslag-${year}.csv`);
    expect(csv.body.toString('utf8')).toContain('leerjaar 3');

    // A link for the board: shown once, readable without an account.
    await page.getByLabel('Geldig').fill('7');
    await page.getByRole('button', { name: 'Link maken' }).click();
    const link = page.getByLabel(`Deellink voor schooljaar ${year}`);
    await expect(link).toHaveValue(/\/gedeeld\/verslag\/[A-Za-z0-9_-]{43}$/);
    const url = await link.inputValue();

    const board = await browser.newContext({ acceptDownloads: true });
    const reader = await board.newPage();
    await reader.goto(url);
    await expect(reader).toHaveURL(/\/gedeeld\/verslag\//);
    await expect(reader.getByText('gedeeld jaarverslag (alleen lezen)')).toBeVisible();
    await expect(reader.getByRole('heading', { name: `LOB-verslag schooljaar ${year}` })).toBeVisible();
    await expectNoAxeViolations(reader);
    const shared = await download(reader, reader.getByRole('link', { name: `Jaarverslag ${year} downloaden als PDF` }));
    expect(shared.body.subarray(0, 5).toString()).toBe('%PDF-');

    // Revoked: the same link now says it no longer works.
    await page.getByRole('button', { name: /^Link voor .* intrekken$/ }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Intrekken' }).click();
    await expect(page.getByText('De link is ingetrokken.')).toBeVisible();
    await reader.reload();
    await expect(reader.getByText('Deze link is verlopen, ingetrokken of bestaat niet. Vraag de school om een nieuwe link.')).toBeVisible();
    await board.close();
    await context.close();
  });
});
