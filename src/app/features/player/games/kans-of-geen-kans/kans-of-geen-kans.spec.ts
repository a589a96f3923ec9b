import { TestBed } from '@angular/core/testing';
import { type KansOfGeenKansContent, type ProspectScore, buildGameContent } from '@koers/contracts';
import { all, click, collectEvents, setUpGame, text } from '../game-testing';
import { KansOfGeenKans } from './kans-of-geen-kans';
import { guessFeedback, guessKans, initialKansState, kansScore, nextKans, startKans } from './kans-of-geen-kans.logic';

const content = buildGameContent({ kind: 'kans-of-geen-kans', items: ['Verpleegkundige', 'Software developer', 'Logistiek medewerker', 'Grafisch vormgever / mediavormgever'] }) as KansOfGeenKansContent;

describe('Kans of geen kans logic', () => {
  it('calls a guess exact, close (one level off) or off', () => {
    expect(guessFeedback(4, 4, 1)).toBe('exact');
    expect(guessFeedback(3, 4, 1)).toBe('close');
    expect(guessFeedback(5, 4, 1)).toBe('close');
    expect(guessFeedback(2, 4, 1)).toBe('off');
    expect(guessFeedback(3, 4, 0)).toBe('off');
  });

  it('scores 2 for exact and 1 for close guesses and succeeds from the threshold on', () => {
    const real = content.questions.map((question) => question.prospect);
    expect(real).toEqual([5, 4, 3, 2]);
    expect(kansScore(content, [5, 3, 1, 2])).toEqual({ scoreRaw: 5, scoreMax: 8, success: true });
    expect(kansScore(content, [1, 1, 5, 5])).toEqual({ scoreRaw: 0, scoreMax: 8, success: false });
    expect(kansScore(content, [5, null, null, null])).toEqual({ scoreRaw: 2, scoreMax: 8, success: false });
  });

  it('does not reward always guessing the middle', () => {
    expect(kansScore(content, [3, 3, 3, 3]).success).toBeFalse();
  });

  it('moves intro → guess → reveal → next and ignores a second guess on the same question', () => {
    let state = startKans(initialKansState(content));
    expect(state.phase).toBe('guess');
    state = guessKans(state, 3);
    expect(guessKans(state, 5)).toBe(state);
    expect(state.guesses[0]).toBe(3);
    state = nextKans(state);
    expect(state).toEqual(jasmine.objectContaining({ phase: 'guess', index: 1 }));
    for (let i = 1; i < content.questions.length; i++) state = nextKans(guessKans(state, 3));
    expect(state.phase).toBe('done');
  });
});

describe('KansOfGeenKans', () => {
  async function render() {
    const clock = setUpGame();
    const fixture = TestBed.createComponent(KansOfGeenKans);
    fixture.componentRef.setInput('content', content);
    const events = collectEvents(fixture.componentInstance.gameEvent);
    await fixture.whenStable();
    return { fixture, events, clock };
  }

  const guess = (fixture: Awaited<ReturnType<typeof render>>['fixture'], level: ProspectScore) => click(fixture, `.level[data-level="${level}"]`);

  it('emits attempted when the student starts and shows five big level buttons', async () => {
    const { fixture, events } = await render();
    expect(events).toEqual([]);
    await click(fixture, 'button', 'Start');
    expect(events).toEqual([{ type: 'attempted' }]);
    expect(text(fixture, '.beroep')).toBe('Verpleegkundige');
    expect(all(fixture, 'button.level').map((button) => button.textContent?.trim())).toEqual(['1 Slecht', '2 Matig', '3 Redelijk', '4 Goed', '5 Zeer goed']);
  });

  it('reveals the indicator with its source, year and the illustratief badge, and announces the result', async () => {
    const { fixture, events } = await render();
    await click(fixture, 'button', 'Start');
    await guess(fixture, 4);
    expect(events[1]).toEqual({ type: 'answered', questionId: 'verpleegkundige', question: 'Hoe groot is de kans op werk als Verpleegkundige?', response: '4', correct: true });
    expect(text(fixture, '.feedback')).toBe('Bijna! +1');
    expect(all(fixture, '.segment.filled').length).toBe(5);
    expect(text(fixture, '.estimate')).toBe('Inschatting van Koers (schaal 1–5), gebaseerd op de bron hieronder. illustratief');
    const source = text(fixture, 'app-game-source');
    expect(source).toContain('Bron: ROA, De arbeidsmarkt naar opleiding en beroep tot 2028');
    expect(source).toContain(', 2023 · prognose 2023-2028');
    expect(source).not.toContain('illustratief');
    expect(text(fixture, '[data-testid="live"]')).toBe('Bijna! +1 Jij zei Goed, de inschatting is Zeer goed.');
  });

  it('marks a far-off guess as not correct', async () => {
    const { fixture, events } = await render();
    await click(fixture, 'button', 'Start');
    await guess(fixture, 1);
    expect(events[1]).toEqual(jasmine.objectContaining({ type: 'answered', response: '1', correct: false }));
    expect(text(fixture, '.feedback')).toBe('Mis!');
  });

  it('completes with the score, success and the time played', async () => {
    const { fixture, events, clock } = await render();
    await click(fixture, 'button', 'Start');
    for (const level of [5, 4, 1, 2] as const) {
      clock.advance(20);
      await guess(fixture, level);
      await click(fixture, 'button.next');
    }
    expect(events.filter((event) => event.type === 'answered').length).toBe(4);
    expect(events.at(-1)).toEqual({ type: 'completed', scoreRaw: 6, scoreMax: 8, success: true, durationSeconds: 80 });
    expect(text(fixture, '.score')).toBe('6 van de 8');
    expect(text(fixture, '[data-testid="live"]')).toBe('Spel klaar. Je score is 6 van de 8.');
  });
});
