import { TestBed } from '@angular/core/testing';
import { GAME_KINDS, type GameContent, buildGameContent } from '@koers/contracts';
import { I18n } from '../../../core/i18n/i18n';
import { GameHost } from './game-host';
import { click, collectEvents, el, setUpGame } from './game-testing';

const SELECTORS: Readonly<Record<GameContent['kind'], string>> = {
  'kans-of-geen-kans': 'app-kans-of-geen-kans',
  'een-dag-als': 'app-een-dag-als',
  match: 'app-match-game',
};

describe('GameHost', () => {
  for (const kind of GAME_KINDS) {
    it(`plays ${kind} and passes its events on`, async () => {
      setUpGame();
      const fixture = TestBed.createComponent(GameHost);
      fixture.componentRef.setInput('content', buildGameContent({ kind, items: [] }));
      const events = collectEvents(fixture.componentInstance.gameEvent);
      await fixture.whenStable();
      const others = Object.entries(SELECTORS).filter(([other]) => other !== kind);
      expect(el(fixture).querySelector(SELECTORS[kind])).not.toBeNull();
      for (const [, selector] of others) expect(el(fixture).querySelector(selector)).toBeNull();
      await click(fixture, kind === 'een-dag-als' ? '.day-option' : kind === 'match' ? '.start-untimed' : 'button');
      expect(events).toEqual([{ type: 'attempted' }]);
    });
  }
});

describe('GameHost content and language', () => {
  it('starts a fresh game when the content changes', async () => {
    setUpGame();
    const fixture = TestBed.createComponent(GameHost);
    fixture.componentRef.setInput('content', buildGameContent({ kind: 'kans-of-geen-kans', items: [] }));
    await fixture.whenStable();
    await click(fixture, 'button', 'Start');
    expect(el(fixture).querySelector('.level')).not.toBeNull();
    fixture.componentRef.setInput('content', buildGameContent({ kind: 'kans-of-geen-kans', items: ['Kok', 'Politieagent', 'Timmerman', 'Verpleegkundige'] }));
    await fixture.whenStable();
    expect(el(fixture).querySelector('.level')).toBeNull();
    expect(el(fixture).textContent).toContain('Start');
  });

  it('shows the chrome in English and keeps the content Dutch', async () => {
    setUpGame();
    TestBed.inject(I18n).use('en');
    const fixture = TestBed.createComponent(GameHost);
    fixture.componentRef.setInput('content', buildGameContent({ kind: 'kans-of-geen-kans', items: ['Kok', 'Politieagent', 'Timmerman', 'Verpleegkundige'] }));
    await fixture.whenStable();
    expect(el(fixture).querySelector('h2')?.textContent).toContain('Chance or no chance?');
    await click(fixture, 'button', 'Start');
    expect(el(fixture).querySelector('.beroep')?.textContent).toBe('Kok');
    expect(el(fixture).querySelector('.level[data-level="5"]')?.textContent).toContain('Very good');
    TestBed.inject(I18n).use('nl');
  });

  it('labels a forecast whose period is over as verouderd', async () => {
    setUpGame().now = Date.UTC(2026, 10, 25);
    const fixture = TestBed.createComponent(GameHost);
    fixture.componentRef.setInput('content', buildGameContent({ kind: 'kans-of-geen-kans', items: ['Kok', 'Politieagent', 'Timmerman', 'Verpleegkundige'] }));
    await fixture.whenStable();
    await click(fixture, 'button', 'Start');
    await click(fixture, '.level[data-level="3"]');
    expect(el(fixture).querySelector('app-game-source')?.textContent).toContain('prognose 2024-2025');
    expect(el(fixture).querySelector('app-game-source .badge.outdated')?.textContent).toBe('verouderd');
    await click(fixture, 'button.next');
    await click(fixture, '.level[data-level="3"]');
    expect(el(fixture).querySelector('app-game-source .badge.outdated')).toBeNull();
  });
});
