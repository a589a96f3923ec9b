import type { SessionUser, StaffRole } from '@koers/contracts';

/** Where each role starts. A staff user with several roles lands on the home of the first. */
const STAFF_HOME: Readonly<Record<StaffRole, string>> = {
  decaan: '/decaan',
  mentor: '/mentor',
  schoolleiding: '/schoolleiding',
  beheerder: '/beheer',
};

const STAFF_SIGN_IN_PATH = '/inloggen';
const STUDENT_SIGN_IN_PATH = '/leerling';
const STUDENT_HOME_PATH = '/leerling/start';

export function homePathFor(user: SessionUser): string {
  if (user.kind === 'student') return STUDENT_HOME_PATH;
  const [firstRole] = user.roles;
  // The server signs in no staff user without a role; should one slip through, show "not found"
  // rather than bounce between sign-in and home.
  return firstRole ? STAFF_HOME[firstRole] : '/geen-rol';
}

/** Students sign in on their own page; everyone else on the staff sign-in page. */
export function signInPathFor(url: string): string {
  return url === STUDENT_SIGN_IN_PATH || url.startsWith(`${STUDENT_SIGN_IN_PATH}/`) ? STUDENT_SIGN_IN_PATH : STAFF_SIGN_IN_PATH;
}

/** Only same-app paths are followed after sign-in (no `//host` or `https:` open redirects). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
