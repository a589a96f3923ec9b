import type { ConditionTopic, DayInTheLife, EenDagAlsContent } from '@koers/contracts';
import { reachesThreshold } from '../game-clock';

export type DayPhase = 'pick' | 'moment' | 'outcome' | 'summary' | 'quiz' | 'quizFeedback' | 'done';

export interface DayState {
  readonly phase: DayPhase;
  readonly dayIndex: number;
  readonly momentIndex: number;
  /** Chosen choice id per moment, in order. */
  readonly choices: readonly string[];
  readonly quizIndex: number;
  /** Chosen option per quiz question, in order. */
  readonly quizAnswers: readonly number[];
}

export const initialDayState: DayState = { phase: 'pick', dayIndex: 0, momentIndex: 0, choices: [], quizIndex: 0, quizAnswers: [] };

export function pickDay(state: DayState, dayIndex: number): DayState {
  return state.phase === 'pick' ? { ...initialDayState, phase: 'moment', dayIndex } : state;
}

export function chooseInMoment(state: DayState, day: DayInTheLife, choiceId: string): DayState {
  if (state.phase !== 'moment') return state;
  const moment = day.moments[state.momentIndex];
  if (!moment?.choices.some((choice) => choice.id === choiceId)) return state;
  return { ...state, phase: 'outcome', choices: [...state.choices, choiceId] };
}

/** outcome → next moment, or the summary card after the last one. */
export function continueDay(state: DayState, day: DayInTheLife): DayState {
  if (state.phase !== 'outcome') return state;
  return state.momentIndex < day.moments.length - 1 ? { ...state, phase: 'moment', momentIndex: state.momentIndex + 1 } : { ...state, phase: 'summary' };
}

/** summary → quiz, or done when the day has no quiz. */
export const startQuiz = (state: DayState, day: DayInTheLife): DayState =>
  state.phase !== 'summary' ? state : day.quiz.length ? { ...state, phase: 'quiz' } : { ...state, phase: 'done' };

export function answerQuiz(state: DayState, day: DayInTheLife, option: number): DayState {
  const question = day.quiz[state.quizIndex];
  if (state.phase !== 'quiz' || !question || option < 0 || option >= question.options.length) return state;
  return { ...state, phase: 'quizFeedback', quizAnswers: [...state.quizAnswers, option] };
}

export function nextQuiz(state: DayState, day: DayInTheLife): DayState {
  if (state.phase !== 'quizFeedback') return state;
  return state.quizIndex < day.quiz.length - 1 ? { ...state, phase: 'quiz', quizIndex: state.quizIndex + 1 } : { ...state, phase: 'done' };
}

/** Working conditions the student revealed by their choices (each once, in the order found). */
export function discoveredTopics(day: DayInTheLife, choices: readonly string[]): ConditionTopic[] {
  const topics: ConditionTopic[] = [];
  day.moments.forEach((moment, index) => {
    const topic = moment.choices.find((choice) => choice.id === choices[index])?.reveals;
    if (topic && !topics.includes(topic)) topics.push(topic);
  });
  return topics;
}

/** Score = quiz answers right; a day without a quiz scores its discoveries (and always succeeds). */
export function dayScore(content: EenDagAlsContent, state: DayState) {
  const day = content.days[state.dayIndex];
  if (!day) return { scoreRaw: 0, scoreMax: 0, success: false };
  if (!day.quiz.length) {
    const scoreRaw = discoveredTopics(day, state.choices).length;
    return { scoreRaw, scoreMax: Math.max(scoreRaw, day.moments.length), success: true };
  }
  const scoreRaw = day.quiz.filter((question, index) => state.quizAnswers[index] === question.correctIndex).length;
  return { scoreRaw, scoreMax: day.quiz.length, success: reachesThreshold(scoreRaw, day.quiz.length, content.successThreshold) };
}
