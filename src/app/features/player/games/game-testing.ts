import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { GameEvent } from '@koers/contracts';
import { I18n } from '../../../core/i18n/i18n';
import { GAME_NOW } from './game-clock';

/** A fake clock for GAME_NOW: `clock.now` in ms, move it with `clock.advance(seconds)`. */
export class FakeGameClock {
  now = 1_000_000;
  advance(seconds: number): void {
    this.now += seconds * 1000;
  }
}

/** Test bed for a game component: Dutch texts, a fake clock, and the events it emitted. */
export function setUpGame(): FakeGameClock {
  const clock = new FakeGameClock();
  TestBed.configureTestingModule({ providers: [{ provide: GAME_NOW, useValue: () => clock.now }] });
  TestBed.inject(I18n).use('nl');
  return clock;
}

export function collectEvents(emitter: { subscribe(next: (event: GameEvent) => void): unknown }): GameEvent[] {
  const events: GameEvent[] = [];
  emitter.subscribe((event) => events.push(event));
  return events;
}

export const el = (fixture: ComponentFixture<unknown>): HTMLElement => fixture.nativeElement as HTMLElement;

export function all(fixture: ComponentFixture<unknown>, selector: string): HTMLElement[] {
  return Array.from(el(fixture).querySelectorAll<HTMLElement>(selector));
}

export function text(fixture: ComponentFixture<unknown>, selector: string): string {
  return el(fixture).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Clicks the first element matching the selector (optionally the one whose text contains `label`) and waits for rendering. */
export async function click(fixture: ComponentFixture<unknown>, selector: string, label?: string): Promise<void> {
  const target = all(fixture, selector).find((element) => label === undefined || (element.textContent ?? '').includes(label));
  if (!target) throw new Error(`No ${selector}${label ? ` with "${label}"` : ''} to click`);
  target.click();
  await fixture.whenStable();
}
