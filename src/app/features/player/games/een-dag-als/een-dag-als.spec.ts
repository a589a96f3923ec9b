import { TestBed } from '@angular/core/testing';
import { type EenDagAlsContent, buildGameContent } from '@koers/contracts';
import { all, click, collectEvents, setUpGame, text } from '../game-testing';
import { EenDagAls } from './een-dag-als';
import { answerQuiz, chooseInMoment, continueDay, dayScore, discoveredTopics, initialDayState, nextQuiz, pickDay, startQuiz } from './een-dag-als.logic';

const content = buildGameContent({ kind: 'een-dag-als', items: ['Timmerman', 'Kok'] }) as EenDagAlsContent;
const timmerman = content.days[0];

describe('Een dag als logic', () => {
  it('walks pick → moments → summary → quiz → done', () => {
    let state = pickDay(initialDayState, 0);
    expect(state.phase).toBe('moment');
    for (const moment of timmerman.moments) {
      state = chooseInMoment(state, timmerman, moment.choices[0].id);
      expect(state.phase).toBe('outcome');
      state = continueDay(state, timmerman);
    }
    expect(state.phase).toBe('summary');
    state = startQuiz(state, timmerman);
    for (const question of timmerman.quiz) state = nextQuiz(answerQuiz(state, timmerman, question.correctIndex), timmerman);
    expect(state.phase).toBe('done');
    expect(dayScore(content, state)).toEqual({ scoreRaw: timmerman.quiz.length, scoreMax: timmerman.quiz.length, success: true });
  });

  it('ignores a choice that does not belong to the moment', () => {
    const state = pickDay(initialDayState, 0);
    expect(chooseInMoment(state, timmerman, 'nonsense')).toBe(state);
  });

  it('counts each discovered working condition once', () => {
    const choices = timmerman.moments.map((moment) => moment.choices[0].id);
    expect(discoveredTopics(timmerman, choices)).toEqual(['team', 'fysiek', 'salaris']);
    expect(discoveredTopics(timmerman, choices.slice(0, 1))).toEqual(['team']);
  });

  it('ends a day without a quiz after the summary and scores its discoveries', () => {
    const noQuiz: EenDagAlsContent = { ...content, days: [{ ...timmerman, quiz: [] }] };
    const day = noQuiz.days[0];
    let state = pickDay(initialDayState, 0);
    for (const moment of day.moments) state = continueDay(chooseInMoment(state, day, moment.choices[0].id), day);
    state = startQuiz(state, day);
    expect(state.phase).toBe('done');
    expect(dayScore(noQuiz, state)).toEqual({ scoreRaw: 3, scoreMax: 3, success: true });
  });

  it('fails below half of the quiz right', () => {
    let state = startQuiz({ ...pickDay(initialDayState, 0), phase: 'summary' }, timmerman);
    for (const question of timmerman.quiz) state = nextQuiz(answerQuiz(state, timmerman, (question.correctIndex + 1) % question.options.length), timmerman);
    expect(dayScore(content, state)).toEqual({ scoreRaw: 0, scoreMax: timmerman.quiz.length, success: false });
  });
});

describe('EenDagAls', () => {
  async function render() {
    const clock = setUpGame();
    const fixture = TestBed.createComponent(EenDagAls);
    fixture.componentRef.setInput('content', content);
    const events = collectEvents(fixture.componentInstance.gameEvent);
    await fixture.whenStable();
    return { fixture, events, clock };
  }

  it('lets the student pick a beroep and emits attempted', async () => {
    const { fixture, events } = await render();
    expect(all(fixture, '.day-option').map((button) => button.textContent?.trim())).toEqual(['Timmerman', 'Kok']);
    await click(fixture, '.day-option', 'Timmerman');
    expect(events).toEqual([{ type: 'attempted' }]);
    expect(text(fixture, '.time')).toContain('07:00');
    expect(all(fixture, 'button.choice').length).toBe(2);
  });

  it('reveals a working condition with its source for each choice, without a right answer', async () => {
    const { fixture, events } = await render();
    await click(fixture, '.day-option', 'Timmerman');
    await click(fixture, 'button.choice', timmerman.moments[0].choices[1].label);
    expect(events[1]).toEqual({ type: 'answered', questionId: 'timmerman-start', question: `07:00 ${timmerman.moments[0].situation}`, response: timmerman.moments[0].choices[1].label, correct: null });
    expect(text(fixture, '.discovery .topic')).toBe('Ontdekt: Werktijden');
    expect(text(fixture, '.discovery app-game-source')).toContain('cao Bouw & Infra');
    expect(text(fixture, '[data-testid="live"]')).toContain('Ontdekt: Werktijden');
  });

  it('ends the day with a summary of all working conditions, unknown ones included, then a quiz and completed', async () => {
    const { fixture, events, clock } = await render();
    await click(fixture, '.day-option', 'Timmerman');
    for (const moment of timmerman.moments) {
      await click(fixture, 'button.choice', moment.choices[0].label);
      await click(fixture, 'button.focus-target');
    }
    expect(all(fixture, '.condition').length).toBe(7);
    expect(all(fixture, '.condition.found').length).toBe(3);
    expect(text(fixture, '.card')).toContain('Je ontdekte er 3 tijdens je dag.');

    await click(fixture, 'button', 'Naar de quiz');
    for (const question of timmerman.quiz) {
      clock.advance(30);
      await click(fixture, 'button.quiz-option', question.options[question.correctIndex]);
      expect(text(fixture, '.feedback')).toBe('Goed!');
      await click(fixture, 'button.focus-target');
    }
    const answered = events.filter((event) => event.type === 'answered');
    expect(answered.length).toBe(timmerman.moments.length + timmerman.quiz.length);
    expect(answered.slice(-1)[0]).toEqual(jasmine.objectContaining({ correct: true }));
    expect(events.at(-1)).toEqual({ type: 'completed', scoreRaw: timmerman.quiz.length, scoreMax: timmerman.quiz.length, success: true, durationSeconds: 30 * timmerman.quiz.length });
    expect(text(fixture, '.result h3')).toBe('Klaar!');
  });

  it('shows the right answer after a wrong quiz answer', async () => {
    const { fixture, events } = await render();
    await click(fixture, '.day-option', 'Kok');
    const kok = content.days[1];
    for (const moment of kok.moments) {
      await click(fixture, 'button.choice', moment.choices[1].label);
      await click(fixture, 'button.focus-target');
    }
    await click(fixture, 'button', 'Naar de quiz');
    const question = kok.quiz[0];
    const wrong = question.options.find((_, index) => index !== question.correctIndex) ?? '';
    await click(fixture, 'button.quiz-option', wrong);
    expect(events.at(-1)).toEqual({ type: 'answered', questionId: question.id, question: question.question, response: wrong, correct: false });
    expect(text(fixture, '.feedback')).toBe(`Niet goed. Het goede antwoord is: ${question.options[question.correctIndex]}`);
  });
});
