import { STEP_MINUTES, type LessonDetail, type LessonLength, type LessonStep, type LessonStepView, type ModuleSummary } from '@koers/contracts';

/** What the builder edits: a lesson version before it is saved. */
export interface LessonDraft {
  readonly title: string;
  readonly description: string;
  readonly lengthMinutes: LessonLength;
  readonly steps: readonly LessonStepView[];
}

export const EMPTY_DRAFT: LessonDraft = {
  title: '',
  description: '',
  lengthMinutes: 50,
  steps: [
    { id: 'keuzemeting-voor', type: 'keuzemeting-voor', title: 'Keuzemeting vooraf', minutes: STEP_MINUTES['keuzemeting-voor'] },
    { id: 'keuzemeting-na', type: 'keuzemeting-na', title: 'Keuzemeting achteraf', minutes: STEP_MINUTES['keuzemeting-na'] },
  ],
};

export function draftFrom(detail: LessonDetail): LessonDraft {
  return { title: detail.title, description: detail.description, lengthMinutes: detail.lengthMinutes, steps: detail.steps };
}

/** Moves one step; indexes outside the list leave it unchanged. */
export function moveStep<T>(steps: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= steps.length || to >= steps.length) return steps;
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

export const totalMinutes = (steps: readonly LessonStepView[]) => steps.reduce((total, step) => total + step.minutes, 0);

let counter = 0;
/** A step id unique within the lesson (the server checks that too). */
export function newStepId(type: string): string {
  counter += 1;
  return `${type}-${Date.now().toString(36)}-${counter}`;
}

export function moduleStep(module: ModuleSummary): LessonStepView {
  return {
    id: newStepId(module.type),
    type: module.type,
    moduleId: module.id,
    moduleVersion: module.version,
    title: module.title,
    minutes: Math.max(1, Math.ceil(module.durationSeconds / 60)),
  };
}

export function reflectionStep(question: string, options: readonly string[]): LessonStepView {
  return { id: newStepId('reflectie'), type: 'reflectie', question, options, title: question, minutes: STEP_MINUTES.reflectie };
}

/** The request body: steps without their display-only title and minutes. */
export function toRequest(draft: LessonDraft) {
  const steps = draft.steps.map((step): LessonStep => {
    switch (step.type) {
      case 'keuzemeting-voor':
      case 'keuzemeting-na':
        return { id: step.id, type: step.type };
      case 'reflectie':
        return { id: step.id, type: step.type, question: step.question, options: step.options };
      default:
        return { id: step.id, type: step.type, moduleId: step.moduleId, moduleVersion: step.moduleVersion };
    }
  });
  return { title: draft.title.trim(), description: draft.description.trim(), lengthMinutes: draft.lengthMinutes, steps };
}
