import { Injectable, inject, signal } from '@angular/core';
import type { PlayableLesson, PlayableStep, XapiStatement } from '@koers/contracts';
import { StatementOutbox } from '../../../core/xapi/statement-outbox';
import type { PlayContext } from './statements';

/**
 * The bridge between the steps and the outbox for one lesson on screen: gives each step its
 * statement context and records what it emits. In a staff preview nothing is recorded.
 */
@Injectable()
export class LessonTracker {
  private readonly outbox = inject(StatementOutbox);
  private lesson: PlayableLesson | null = null;
  private studentId: string | null = null;
  /** Everything recorded in this visit, for the summary at the end. */
  readonly recorded = signal<readonly XapiStatement[]>([]);

  get recording(): boolean {
    return this.lesson !== null && this.studentId !== null;
  }

  /** Start tracking `lesson` for the student; `studentId` null for a preview. */
  begin(lesson: PlayableLesson, studentId: string | null): void {
    this.lesson = lesson;
    this.studentId = studentId;
    this.recorded.set([]);
    void this.outbox.useOwner(studentId);
  }

  context(step: PlayableStep): PlayContext {
    const lesson = this.lesson;
    if (!lesson) throw new Error('No lesson is being played.');
    const module =
      step.type === 'video'
        ? { id: step.video.moduleId, version: step.video.moduleVersion, title: step.video.title }
        : step.type === 'game'
          ? { id: step.game.moduleId, version: step.game.moduleVersion, title: step.game.title }
          : undefined;
    return {
      studentId: this.studentId ?? 'voorbeeld',
      scheduleId: lesson.scheduleId || '00000000-0000-4000-8000-000000000000',
      lessonId: lesson.lessonId,
      lessonVersion: lesson.lessonVersion,
      lessonTitle: lesson.title,
      stepId: step.id,
      ...(module ? { module } : {}),
    };
  }

  /** Queues the statement in the outbox (durably) unless this is a preview. */
  record(statement: XapiStatement): void {
    this.recorded.update((list) => [...list, statement]);
    if (!this.studentId) return;
    this.outbox.record(statement).catch((error: unknown) => console.error('Koers: a statement could not be queued', error));
  }
}
