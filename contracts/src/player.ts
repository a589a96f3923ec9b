import type { GameContent } from './games';
import type { Keuzemeting } from './keuzemeting';
import type { LessonLength } from './lessons';

/**
 * The student's lesson player (issue 5). Students see the lessons planned for their own class;
 * progress comes from the derived progress table the statement store fills at ingestion.
 */

export type StudentLessonStatus = 'open' | 'upcoming' | 'past';

export interface StudentLessonSummary {
  readonly scheduleId: string;
  /** The planning's code (also in the link `/leerling/les/<code>`). */
  readonly code: string;
  readonly title: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: StudentLessonStatus;
  readonly stepCount: number;
  readonly completedSteps: number;
  readonly totalMinutes: number;
}

export interface VideoStepContent {
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly title: string;
  readonly description: string;
  readonly videoUrl: string;
  readonly videoMimeType: 'video/mp4' | 'video/webm';
  readonly captionsUrl: string;
  readonly thumbnailUrl: string | null;
  readonly durationSeconds: number;
  readonly maker: string;
  readonly source: string;
  readonly demo: boolean;
}

export interface GameStepContent {
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly title: string;
  readonly description: string;
  readonly durationSeconds: number;
  readonly demo: boolean;
  readonly game: GameContent;
}

export type PlayableStep =
  | { readonly id: string; readonly type: 'keuzemeting-voor' | 'keuzemeting-na' }
  | { readonly id: string; readonly type: 'video'; readonly video: VideoStepContent }
  | { readonly id: string; readonly type: 'game'; readonly game: GameStepContent }
  | { readonly id: string; readonly type: 'reflectie'; readonly question: string; readonly options: readonly string[] };

export interface StepProgress {
  readonly stepId: string;
  readonly completed: boolean;
  /** 0..1: videos the unique watched share, games the share of questions answered. */
  readonly progress: number;
  /** Games: the scaled score of the finished game (0..1), else null. */
  readonly scoreScaled: number | null;
}

/** GET /api/student/lessons/:code — one planned lesson to play (403 when not the student's class). */
export interface PlayableLesson {
  readonly scheduleId: string;
  readonly code: string;
  readonly lessonId: string;
  readonly lessonVersion: number;
  readonly title: string;
  readonly description: string;
  readonly lengthMinutes: LessonLength;
  readonly status: StudentLessonStatus;
  readonly steps: readonly PlayableStep[];
  /** Progress the server knows of, one entry per step that has statements. */
  readonly progress: readonly StepProgress[];
  /** The student's latest keuzemeting before and after in this planning (for the summary). */
  readonly keuzemetingen: { readonly voor: Keuzemeting | null; readonly na: Keuzemeting | null };
}

/*
 * Endpoints (role leerling, own class only):
 *   GET /api/student/lessons          → StudentLessonSummary[] (open first, then upcoming, then past)
 *   GET /api/student/lessons/:code    → PlayableLesson (404 unknown code, 403 other class,
 *                                        409 code 'lesson_not_open' before the window opens)
 * Staff preview (decaan, beheerder, mentor):
 *   GET /api/lessons/:id/preview?version=N → PlayableLesson (scheduleId '', code '', no progress or keuzemetingen)
 */
