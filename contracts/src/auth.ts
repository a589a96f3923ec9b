import type { Role, SchoolSummary, StaffRole } from './domain';

/** The signed-in user as the SPA sees it. */
export type SessionUser =
  | {
      readonly kind: 'staff';
      readonly id: string;
      readonly displayName: string;
      readonly email: string;
      readonly roles: readonly StaffRole[];
      readonly school: SchoolSummary;
    }
  | {
      readonly kind: 'student';
      readonly id: string;
      readonly displayName: string;
      readonly roles: readonly ['leerling'];
      readonly school: SchoolSummary;
      readonly classId: string;
      readonly className: string;
    };

/** GET /api/auth/session: always 200; `user` is null when nobody is signed in. */
export interface SessionResponse {
  readonly user: SessionUser | null;
}

/** POST /api/auth/login */
export interface StaffLoginRequest {
  readonly email: string;
  readonly password: string;
}

/** POST /api/auth/student/class: checks a class code before the student types a personal code. */
export interface ClassCodeRequest {
  readonly classCode: string;
}
export interface ClassCodeResponse {
  readonly classCode: string;
  readonly className: string;
  readonly schoolName: string;
}

/** POST /api/auth/student/login */
export interface StudentLoginRequest {
  readonly classCode: string;
  readonly personalCode: string;
}

/** 200 answer of both login routes. */
export interface LoginResponse {
  readonly user: SessionUser;
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return !!user && (user.roles as readonly Role[]).includes(role);
}

/** Cookie and header names of the double-submit CSRF token (Angular HttpClient's defaults). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
export const SESSION_COOKIE = 'koers_session';
