import { TestBed } from '@angular/core/testing';
import { type MatchContent, buildGameContent } from '@koers/contracts';
import { all, click, collectEvents, el, setUpGame, text } from '../game-testing';
import { MatchGame } from './match';
import { initialMatchState, matchScore, opleidingOrder, secondsLeft, tapCard } from './match.logic';

const content = buildGameContent({ kind: 'match', items: ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Onderwijsassistent', 'Software developer', 'Kok', 'Medewerker veehouderij'] }) as MatchContent;

describe('Match logic', () => {
  it('selects on the first tap, moves the selection on the same side and deselects on the same card', () => {
    const first = tapCard(initialMatchState, 'beroep', 'kok');
    expect(first).toEqual({ kind: 'selected', state: { ...initialMatchState, selection: { side: 'beroep', pairId: 'kok' } } });
    expect(tapCard(first.state, 'beroep', 'verpleegkundige').state.selection).toEqual({ side: 'beroep', pairId: 'verpleegkundige' });
    expect(tapCard(first.state, 'beroep', 'kok').state.selection).toBeNull();
  });

  it('attempts a match across sides, in either order', () => {
    const wrong = tapCard(tapCard(initialMatchState, 'beroep', 'kok').state, 'opleiding', 'verpleegkundige');
    expect(wrong).toEqual(jasmine.objectContaining({ kind: 'attempt', beroepId: 'kok', opleidingId: 'verpleegkundige', correct: false }));
    expect(wrong.state).toEqual({ selection: null, matched: [], attempts: 1, missed: ['kok'] });
    const right = tapCard(tapCard(wrong.state, 'opleiding', 'kok').state, 'beroep', 'kok');
    expect(right).toEqual(jasmine.objectContaining({ kind: 'attempt', correct: true }));
    expect(right.state).toEqual({ selection: null, matched: ['kok'], attempts: 2, missed: ['kok'] });
    expect(tapCard(right.state, 'beroep', 'kok').kind).toBe('ignored');
  });

  it('succeeds from 70 % of the pairs', () => {
    const state = (matched: string[]) => ({ ...initialMatchState, matched });
    expect(matchScore(content, state(['a', 'b', 'c', 'd']))).toEqual({ scoreRaw: 4, scoreMax: 6, success: false });
    expect(matchScore(content, state(['a', 'b', 'c', 'd', 'e']))).toEqual({ scoreRaw: 5, scoreMax: 6, success: true });
  });

  it('scores only the pairs matched right the first time, so trying every pair does not win', () => {
    const guessed = { ...initialMatchState, matched: ['a', 'b', 'c', 'd', 'e', 'f'], missed: ['a', 'b', 'c'] };
    expect(matchScore(content, guessed)).toEqual({ scoreRaw: 3, scoreMax: 6, success: false });
  });

  it('never puts an opleiding level with its own beroep', () => {
    for (let size = 2; size <= content.pairs.length; size++) {
      const pairs = content.pairs.slice(0, size);
      const order = opleidingOrder(pairs);
      expect(order.map((pair) => pair.id).sort()).toEqual(pairs.map((pair) => pair.id).sort());
      expect(order.every((pair, index) => pair.id !== pairs[index].id)).withContext(`size ${size}`).toBeTrue();
    }
  });

  it('counts the clock down in whole seconds', () => {
    expect(secondsLeft(90, 0)).toBe(90);
    expect(secondsLeft(90, 500)).toBe(90);
    expect(secondsLeft(90, 89_001)).toBe(1);
    expect(secondsLeft(90, 95_000)).toBe(0);
  });
});

describe('MatchGame', () => {
  async function render() {
    const clock = setUpGame();
    const fixture = TestBed.createComponent(MatchGame);
    fixture.componentRef.setInput('content', content);
    const events = collectEvents(fixture.componentInstance.gameEvent);
    await fixture.whenStable();
    return { fixture, events, clock };
  }

  afterEach(() => jasmine.clock().uninstall());

  it('offers a timed and an untimed start and emits attempted', async () => {
    const { fixture, events } = await render();
    await click(fixture, 'button.start-untimed');
    expect(events).toEqual([{ type: 'attempted' }]);
    expect(el(fixture).querySelector('.clock')).toBeNull();
    expect(all(fixture, 'button.tile.beroep').length).toBe(6);
    expect(all(fixture, 'button.tile.opleiding').length).toBe(6);
  });

  it('works with buttons (keyboard and touch), marks the selection and shakes a wrong pair', async () => {
    const { fixture, events } = await render();
    await click(fixture, 'button.start-untimed');
    await click(fixture, 'button.tile.beroep[data-pair="kok"]');
    expect(el(fixture).querySelector('button.tile.beroep[data-pair="kok"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(text(fixture, '[data-testid="live"]')).toBe('Kok gekozen. Kies nu de opleiding die erbij past.');
    await click(fixture, 'button.tile.opleiding[data-pair="verpleegkundige"]');
    expect(events[1]).toEqual({ type: 'answered', questionId: 'kok', question: 'Welke opleiding hoort bij Kok?', response: 'mbo Verpleegkunde (niveau 4) of hbo-v', correct: false });
    expect(all(fixture, '.tile.shake').length).toBe(2);
    expect(text(fixture, '[data-testid="live"]')).toBe('Helaas, Kok en mbo Verpleegkunde (niveau 4) of hbo-v horen niet bij elkaar.');
  });

  it('moves a correct pair to the matched list with its sector and source, and completes when all are matched', async () => {
    const { fixture, events, clock } = await render();
    await click(fixture, 'button.start-timed');
    for (const pair of content.pairs) {
      clock.advance(5);
      await click(fixture, `button.tile.opleiding[data-pair="${pair.id}"]`);
      await click(fixture, `button.tile.beroep[data-pair="${pair.id}"]`);
    }
    expect(events.filter((event) => event.type === 'answered').every((event) => event.type === 'answered' && event.correct)).toBeTrue();
    expect(events.at(-1)).toEqual({ type: 'completed', scoreRaw: 6, scoreMax: 6, success: true, durationSeconds: 30 });
    expect(all(fixture, '.matched li').length).toBe(6);
    expect(text(fixture, '.matched li')).toContain('Zorg & welzijn');
    const sources = all(fixture, '.matched li')[0].querySelectorAll('app-game-source');
    expect(sources[0].textContent).toContain('Enurse');
    expect(sources[1].textContent).toContain('ROA');
    expect(sources[1].textContent).toContain('2023');
  });

  it('stops when the time is up and shows the pairs that were missed', async () => {
    jasmine.clock().install();
    const { fixture, events, clock } = await render();
    await click(fixture, 'button.start-timed');
    await click(fixture, 'button.tile.beroep[data-pair="kok"]');
    await click(fixture, 'button.tile.opleiding[data-pair="kok"]');
    clock.advance(80.5);
    jasmine.clock().tick(250);
    await fixture.whenStable();
    expect(text(fixture, '[data-testid="live"]')).toBe('Nog 10 seconden!');
    clock.advance(10);
    jasmine.clock().tick(250);
    await fixture.whenStable();
    expect(events.at(-1)).toEqual({ type: 'completed', scoreRaw: 1, scoreMax: 6, success: false, durationSeconds: 91 });
    expect(text(fixture, '.result h3')).toBe('De tijd is om!');
    expect(all(fixture, '.missed li').length).toBe(5);
    jasmine.clock().tick(1000);
    expect(events.filter((event) => event.type === 'completed').length).toBe(1);
  });
});
