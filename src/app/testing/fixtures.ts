import type { ClassDetail, ClassSummary, SessionUser } from '@koers/contracts';
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
