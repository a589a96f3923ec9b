import { staffUser, studentUser } from '../../testing/fixtures';
import { homePathFor, safeReturnUrl, signInPathFor } from './role-home';

describe('role homes', () => {
  it('send each staff role to its own home, using the first role', () => {
    expect(homePathFor(staffUser(['decaan']))).toBe('/decaan');
    expect(homePathFor(staffUser(['mentor']))).toBe('/mentor');
    expect(homePathFor(staffUser(['schoolleiding']))).toBe('/schoolleiding');
    expect(homePathFor(staffUser(['beheerder', 'decaan']))).toBe('/beheer');
  });

  it('send students to the student home', () => {
    expect(homePathFor(studentUser())).toBe('/leerling/start');
  });

  it('pick the student sign-in page for student addresses only', () => {
    expect(signInPathFor('/leerling/start')).toBe('/leerling');
    expect(signInPathFor('/leerlingen')).toBe('/inloggen');
    expect(signInPathFor('/decaan')).toBe('/inloggen');
  });

  it('accept only same-app return URLs', () => {
    expect(safeReturnUrl('/mentor/klassen/1?x=1')).toBe('/mentor/klassen/1?x=1');
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('/\\evil.example')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
  });
});
