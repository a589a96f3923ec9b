import { DOCUMENT, Injectable, inject } from '@angular/core';

/** A student who signed in on this device before, so they can pick themselves next time. */
export interface RememberedStudent {
  readonly classCode: string;
  readonly personalCode: string;
  readonly displayName: string;
  readonly className: string;
}

export const REMEMBERED_STUDENTS_KEY = 'koers.rememberedStudents';
const MAX_REMEMBERED = 8;

/** Device storage (localStorage) of recently used codes, most recent first. */
@Injectable({ providedIn: 'root' })
export class RememberedStudents {
  private readonly storage = storageOf(inject(DOCUMENT));

  list(): readonly RememberedStudent[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(REMEMBERED_STUDENTS_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isRememberedStudent) : [];
    } catch {
      return [];
    }
  }

  remember(student: RememberedStudent): readonly RememberedStudent[] {
    return this.save([student, ...this.list().filter((other) => !sameStudent(other, student))].slice(0, MAX_REMEMBERED));
  }

  forget(student: RememberedStudent): readonly RememberedStudent[] {
    return this.save(this.list().filter((other) => !sameStudent(other, student)));
  }

  private save(students: readonly RememberedStudent[]): readonly RememberedStudent[] {
    this.storage?.setItem(REMEMBERED_STUDENTS_KEY, JSON.stringify(students));
    return students;
  }
}

export function sameStudent(a: RememberedStudent, b: RememberedStudent): boolean {
  return a.classCode === b.classCode && a.personalCode === b.personalCode;
}

function isRememberedStudent(value: unknown): value is RememberedStudent {
  const candidate = value as Partial<RememberedStudent> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    ['classCode', 'personalCode', 'displayName', 'className'].every(
      (field) => typeof candidate[field as keyof RememberedStudent] === 'string',
    )
  );
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}
