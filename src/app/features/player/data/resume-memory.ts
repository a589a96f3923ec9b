import { Injectable } from '@angular/core';

/**
 * Which steps this student finished on this device, per planning. The server's progress (from the
 * statements) is the truth; this covers statements still waiting in the outbox, so a student who
 * reloads while offline resumes at the right step too.
 */
@Injectable({ providedIn: 'root' })
export class ResumeMemory {
  private key(studentId: string, scheduleId: string): string {
    return `koers.player.${studentId}.${scheduleId}`;
  }

  completedSteps(studentId: string, scheduleId: string): string[] {
    try {
      const value: unknown = JSON.parse(localStorage.getItem(this.key(studentId, scheduleId)) ?? '[]');
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }

  remember(studentId: string, scheduleId: string, completed: readonly string[]): void {
    try {
      localStorage.setItem(this.key(studentId, scheduleId), JSON.stringify(completed));
    } catch {
      // Storage full or disabled: the server's progress still resumes the lesson.
    }
  }
}
