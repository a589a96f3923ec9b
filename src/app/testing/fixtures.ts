import type { ClassDetail, ClassSummary, ModuleSummary, ScheduleSummary, SessionUser } from '@koers/contracts';
import type { AppError, AppErrorCode } from '../core/http/app-error';

export const SCHOOL = { id: 'school-1', name: 'Demo College' } as const;

export function staffUser(roles: Extract<SessionUser, { kind: 'staff' }>['roles'] = ['decaan']): SessionUser {
  return { kind: 'staff', id: 'user-1', displayName: 'Ingrid de Vries', email: 'decaan@demo.koers.nl', roles, school: SCHOOL };
}

export function studentUser(): SessionUser {
  return {
    kind: 'student',
    id: 'student-1',
    displayName: 'Sanne',
    roles: ['leerling'],
    school: SCHOOL,
    classId: 'class-1',
    className: 'H3A',
  };
}

export function appError(code: AppErrorCode, overrides: Partial<AppError> = {}): AppError {
  return { code, status: 400, retryAfterSeconds: null, fieldErrors: [], ...overrides };
}

export function classSummary(overrides: Partial<ClassSummary> = {}): ClassSummary {
  return { id: 'class-1', name: 'H3A', niveau: 'havo', leerjaar: 3, studentCount: 27, mentors: ['Tom Bakker'], ...overrides };
}

export function classDetail(overrides: Partial<ClassDetail> = {}): ClassDetail {
  return {
    ...classSummary(),
    classCode: 'KX7P4Q',
    students: [
      { id: 's1', displayName: 'Sanne', personalCode: 'ZON-12' },
      { id: 's2', displayName: 'Daan', personalCode: 'MAAN-34' },
    ],
    ...overrides,
  };
}

export function moduleSummary(overrides: Partial<ModuleSummary> = {}): ModuleSummary {
  const check = { met: true, note: '' };
  return {
    id: 'module-1',
    type: 'video',
    demo: false,
    version: 1,
    status: 'published',
    title: 'Een dag als verpleegkundige',
    description: 'Nachtdiensten, zwaar werk en goede kansen.',
    niveaus: ['havo'],
    leerjaren: [3],
    sectors: ['zorg-welzijn'],
    opleidingen: ['Verpleegkunde'],
    beroepen: ['Verpleegkundige'],
    maker: 'Decanaat',
    source: 'ROA (2023)',
    sourceUrl: null,
    quality: { betrouwbaar: check, toegankelijk: check, authentiek: check, speels: check, arbeidsomstandigheden: check },
    game: null,
    durationSeconds: 95,
    qualityComplete: true,
    videoUrl: '/api/media/s/v.mp4',
    videoMimeType: 'video/mp4',
    videoBytes: 1000,
    captionsUrl: '/api/media/s/c.vtt',
    thumbnailUrl: '/api/media/s/t.jpg',
    updatedAt: '2026-11-25T08:00:00.000Z',
    ...overrides,
  };
}

export function scheduleSummary(overrides: Partial<ScheduleSummary> = {}): ScheduleSummary {
  return {
    id: 'schedule-1',
    lessonId: 'lesson-1',
    lessonTitle: 'Kansrijk kiezen',
    lessonVersion: 1,
    classId: 'class-1',
    className: 'H3A',
    startsOn: '2026-11-23',
    endsOn: '2026-11-30',
    code: 'KX7P4Q',
    studentPath: '/leerling/les/KX7P4Q',
    status: 'open',
    ...overrides,
  };
}
