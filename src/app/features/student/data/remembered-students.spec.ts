import { TestBed } from '@angular/core/testing';
import { REMEMBERED_STUDENTS_KEY, type RememberedStudent, RememberedStudents } from './remembered-students';

describe('RememberedStudents', () => {
  const student = (personalCode: string): RememberedStudent => ({
    classCode: 'KX7P4Q',
    personalCode,
    displayName: `Leerling ${personalCode}`,
    className: 'H3A',
  });

  beforeEach(() => localStorage.removeItem(REMEMBERED_STUDENTS_KEY));
  afterEach(() => localStorage.removeItem(REMEMBERED_STUDENTS_KEY));

  it('lists the most recently used student first, without duplicates', () => {
    const remembered = TestBed.inject(RememberedStudents);
    remembered.remember(student('A'));
    remembered.remember(student('B'));
    remembered.remember(student('A'));
    expect(remembered.list().map((s) => s.personalCode)).toEqual(['A', 'B']);
  });

  it('keeps at most eight students', () => {
    const remembered = TestBed.inject(RememberedStudents);
    for (let i = 0; i < 10; i++) remembered.remember(student(String(i)));
    expect(remembered.list().length).toBe(8);
  });

  it('forgets a student', () => {
    const remembered = TestBed.inject(RememberedStudents);
    remembered.remember(student('A'));
    expect(remembered.forget(student('A'))).toEqual([]);
  });

  it('ignores damaged storage instead of failing', () => {
    localStorage.setItem(REMEMBERED_STUDENTS_KEY, '{not json');
    expect(TestBed.inject(RememberedStudents).list()).toEqual([]);
    localStorage.setItem(REMEMBERED_STUDENTS_KEY, JSON.stringify([{ classCode: 1 }, student('A')]));
    expect(TestBed.inject(RememberedStudents).list()).toEqual([student('A')]);
  });
});
