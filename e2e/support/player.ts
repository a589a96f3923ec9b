import { expect, type Page } from '@playwright/test';
import type { ClassDetail } from '../../contracts/src';
import { StudentJoinPage } from '../pages/student-join.page';
import { expectNoAxeViolations } from './axe';

/** Steps a student takes in the lesson player, shared by the player and choice-shift journeys. */

export async function signInStudent(page: Page, klas: ClassDetail, index: number): Promise<string> {
  const join = new StudentJoinPage(page);
  await join.open();
  await join.enterClassCode(klas.classCode);
  await join.enterPersonalCode(klas.students[index].personalCode);
  await expect(page).toHaveURL(/\/leerling\/start$/);
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user: { id: string } };
  return session.user.id;
}

/** Plays the video of the current step fast (muted, 16×) to its end, as a student watching it. */
export async function watchVideoToTheEnd(page: Page): Promise<void> {
  const video = page.locator('video');
  await expect(video).toHaveAttribute('src', /\/api\/media\//);
  await video.evaluate(async (element: HTMLVideoElement) => {
    if (element.readyState < 1) await new Promise((resolve) => element.addEventListener('loadedmetadata', resolve, { once: true }));
    element.muted = true;
    element.playbackRate = 16;
    await element.play();
    await new Promise((resolve) => element.addEventListener('ended', resolve, { once: true }));
  });
}

export async function pressOn(page: Page, role: Parameters<Page['getByRole']>[0], name: string | RegExp, key = 'Enter'): Promise<void> {
  await page.getByRole(role, { name, exact: typeof name === 'string' }).press(key);
}

/** The keuzemeting by keyboard: a sector via the select, certainty 4. */
export async function chooseSector(page: Page, sector: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Richting' });
  await select.focus();
  await page.keyboard.press('Enter');
  const option = page.getByRole('option', { name: sector });
  while (!(await option.evaluate((element) => element.classList.contains('mat-mdc-option-active')))) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(select).toContainText(sector);
  await pressOn(page, 'radio', '4', 'Space');
}

/**
 * "Kans of geen kans?" by keyboard: start, guess every opleiding (always the middle level), read
 * the real indicator, next — until the game hands back to the lesson.
 */
export async function playGameByKeyboard(page: Page): Promise<void> {
  const game = page.locator('app-kans-of-geen-kans');
  await expect(game).toBeVisible();
  await game.getByRole('button', { name: 'Start' }).press('Enter');
  const lessonNext = page.locator('app-game-step > button', { hasText: 'Volgende' });
  for (let round = 0; round < 10 && !(await lessonNext.isVisible()); round++) {
    await game.locator('button.level[data-level="3"]').press('Enter');
    await expect(game.locator('p.source').first()).toContainText('Bron');
    await game.getByRole('button', { name: /^(Volgende|Klaar)$/ }).press('Enter');
    await expect(game.locator('button.level[data-level="3"]').or(lessonNext)).toBeVisible();
  }
  await expect(lessonNext).toBeVisible();
  await expectNoAxeViolations(page);
}
