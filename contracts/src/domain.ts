/** Core domain vocabulary shared by the SPA and the API. */

export const NIVEAUS = ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'vwo'] as const;
export type Niveau = (typeof NIVEAUS)[number];

export const LEERJAREN = [1, 2, 3, 4, 5, 6] as const;
export type Leerjaar = (typeof LEERJAREN)[number];

/** Staff roles. A staff user can hold more than one. */
export const STAFF_ROLES = ['decaan', 'mentor', 'schoolleiding', 'beheerder'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Every role the server checks, including students. */
export type Role = StaffRole | 'leerling';

export interface SchoolSummary {
  readonly id: string;
  readonly name: string;
}

/** A class (klas) as listed to staff. Never contains personal data. */
export interface ClassSummary {
  readonly id: string;
  readonly name: string;
  readonly niveau: Niveau;
  readonly leerjaar: number;
  readonly studentCount: number;
  /** Display names of the class's mentors. */
  readonly mentors: readonly string[];
}

/** A student as shown to staff allowed to see the class (decaan, beheerder, the class's mentor). */
export interface StudentSummary {
  readonly id: string;
  readonly displayName: string;
  /** The code the student types after the class code to sign in. */
  readonly personalCode: string;
}

export interface ClassDetail extends ClassSummary {
  /** Short code students type to join; shown to staff who may see the class. */
  readonly classCode: string;
  readonly students: readonly StudentSummary[];
}

/** GET /api/school/overview: counts per niveau and leerjaar (no personal data). */
export interface SchoolOverview {
  readonly school: SchoolSummary;
  readonly classCount: number;
  readonly studentCount: number;
  readonly groups: readonly {
    readonly niveau: Niveau;
    readonly leerjaar: number;
    readonly classCount: number;
    readonly studentCount: number;
  }[];
}

/** GET /api/admin/staff (beheerder only). */
export interface StaffUserSummary {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly roles: readonly StaffRole[];
  readonly active: boolean;
  /** Names of the classes this user mentors. */
  readonly mentorOf: readonly string[];
}

/** GET /api/student/me: the signed-in student's own information. */
export interface StudentProfile {
  readonly displayName: string;
  readonly className: string;
  readonly schoolName: string;
}
