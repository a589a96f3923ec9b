/**
 * Scheduling (issue 4): a lesson version × a class × a date window. Each planning has a short
 * code and link students use to start it (the player, issue 5).
 */

export interface ScheduleSummary {
  readonly id: string;
  readonly lessonId: string;
  readonly lessonTitle: string;
  readonly lessonVersion: number;
  readonly classId: string;
  readonly className: string;
  /** ISO dates (yyyy-mm-dd), inclusive. */
  readonly startsOn: string;
  readonly endsOn: string;
  /** Short code students type; unique per school; 6 unambiguous characters. */
  readonly code: string;
  /** Path of the student link, e.g. `/leerling/les/ABC234` (the SPA prefixes its origin). */
  readonly studentPath: string;
  readonly status: 'upcoming' | 'open' | 'past';
}

/** POST /api/schedules — one planning per class; all or nothing. */
export interface CreateSchedulesRequest {
  readonly lessonId: string;
  readonly lessonVersion: number;
  readonly classIds: readonly string[]; // 1..50
  readonly startsOn: string;
  readonly endsOn: string; // ≥ startsOn, ≤ startsOn + 1 year
}

/*
 * Endpoints:
 *   GET    /api/schedules?when=upcoming|past|all&classId=   → ScheduleSummary[]
 *          decaan/beheerder: the whole school; mentor: own classes only
 *   POST   /api/schedules                                   → 201 ScheduleSummary[]   (decaan, beheerder)
 *   DELETE /api/schedules/:id                               → 204 (only before it opens) (decaan, beheerder)
 *   GET    /api/schedules/:id                               → ScheduleSummary (+ for the handout)
 */
