/**
 * Lessons (issue 4): ordered steps, versioned. Editing a lesson version that is scheduled
 * creates a new version; results stay tied to the version the students got.
 */

export type LessonStepType = 'keuzemeting-voor' | 'video' | 'game' | 'reflectie' | 'keuzemeting-na';

export const LESSON_LENGTHS = [45, 50, 90] as const;
export type LessonLength = (typeof LESSON_LENGTHS)[number];

/** Planned minutes per non-module step (a keuzemeting takes about a minute, issue 6). */
export const STEP_MINUTES = { 'keuzemeting-voor': 2, 'keuzemeting-na': 2, reflectie: 5 } as const;

export type LessonStep =
  | { readonly id: string; readonly type: 'keuzemeting-voor' | 'keuzemeting-na' }
  | {
      readonly id: string;
      readonly type: 'video' | 'game';
      readonly moduleId: string;
      /** The module version this lesson version plays. */
      readonly moduleVersion: number;
    }
  | {
      readonly id: string;
      readonly type: 'reflectie';
      readonly question: string; // 3..500
      /** Empty → open question; otherwise 2..6 options, each 1..200 chars. */
      readonly options: readonly string[];
    };

/** A step as shown (module title/duration resolved by the server). */
export type LessonStepView = LessonStep & {
  readonly title: string;
  readonly minutes: number;
};

export interface LessonSummary {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly lengthMinutes: LessonLength;
  readonly totalMinutes: number;
  readonly stepCount: number;
  /** How many schedules use any version of this lesson. */
  readonly scheduleCount: number;
  readonly updatedAt: string;
}

export interface LessonDetail extends LessonSummary {
  readonly description: string;
  readonly steps: readonly LessonStepView[];
  /** True when this version is scheduled: saving creates version + 1. */
  readonly locked: boolean;
  readonly versions: readonly { readonly version: number; readonly createdAt: string; readonly scheduled: boolean }[];
}

/**
 * POST /api/lessons (create) and PUT /api/lessons/:id (save; answers the new version when the
 * current one is scheduled). Validation: title 3..120; at least one video or game step; step ids
 * unique; module versions must exist and be published.
 */
export interface SaveLessonRequest {
  readonly title: string;
  readonly description: string; // 0..2000
  readonly lengthMinutes: LessonLength;
  readonly steps: readonly LessonStep[]; // 1..30
}

/*
 * Endpoints (decaan and beheerder write; mentors read):
 *   GET  /api/lessons                          → LessonSummary[]
 *   GET  /api/lessons/:id?version=N            → LessonDetail (latest version by default)
 *   POST /api/lessons                          → 201 LessonDetail
 *   PUT  /api/lessons/:id                      → LessonDetail (new version when locked)
 *   POST /api/lessons/:id/duplicate            → 201 LessonDetail ("<title> (kopie)", version 1)
 */
