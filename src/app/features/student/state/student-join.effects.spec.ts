import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { type Observable, ReplaySubject, firstValueFrom, of, throwError } from 'rxjs';
import { AuthApi } from '../../../core/auth/data/auth.api';
import { AuthApiActions } from '../../../core/auth/state/auth.actions';
import { studentUser } from '../../../testing/fixtures';
import { type RememberedStudent, RememberedStudents } from '../data/remembered-students';
import { StudentJoinApi } from '../data/student-join.api';
import { RememberedStudentsActions, StudentJoinApiActions, StudentJoinPageActions } from './student-join.actions';
import * as effects from './student-join.effects';

describe('student join effects', () => {
  let actions$: ReplaySubject<Action>;
  let authApi: jasmine.SpyObj<AuthApi>;
  let joinApi: jasmine.SpyObj<StudentJoinApi>;
  let remembered: jasmine.SpyObj<RememberedStudents>;
  const sanne: RememberedStudent = { classCode: 'KX7P4Q', personalCode: 'ZON-12', displayName: 'Sanne', className: 'H3A' };

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    authApi = jasmine.createSpyObj<AuthApi>('AuthApi', ['studentSignIn']);
    joinApi = jasmine.createSpyObj<StudentJoinApi>('StudentJoinApi', ['checkClassCode']);
    remembered = jasmine.createSpyObj<RememberedStudents>('RememberedStudents', ['list', 'remember', 'forget']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$ as Observable<Action>),
        { provide: AuthApi, useValue: authApi },
        { provide: StudentJoinApi, useValue: joinApi },
        { provide: RememberedStudents, useValue: remembered },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('moves to step 2 when the class code is known', async () => {
    const joinedClass = { classCode: 'KX7P4Q', className: 'H3A', schoolName: 'Demo College' };
    joinApi.checkClassCode.and.returnValue(of(joinedClass));
    actions$.next(StudentJoinPageActions.classCodeSubmitted({ classCode: 'KX7P4Q' }));
    expect(await firstValueFrom(run(effects.checkClassCode))).toEqual(StudentJoinApiActions.classCodeAccepted({ joinedClass }));
  });

  it('reports an unknown class code', async () => {
    joinApi.checkClassCode.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 404, error: { status: 404, code: 'unknown_class_code' } })),
    );
    actions$.next(StudentJoinPageActions.classCodeSubmitted({ classCode: 'NOPE' }));
    const action = (await firstValueFrom(run(effects.checkClassCode))) as ReturnType<typeof StudentJoinApiActions.classCodeRejected>;
    expect(action.error.code).toBe('unknown_class_code');
  });

  it('signs the student in and remembers the codes on this device', async () => {
    const user = studentUser();
    authApi.studentSignIn.and.returnValue(of(user));
    actions$.next(StudentJoinPageActions.personalCodeSubmitted({ classCode: 'KX7P4Q', personalCode: 'ZON-12' }));
    expect(await firstValueFrom(run(effects.signInStudent))).toEqual(AuthApiActions.signInSucceeded({ user }));
    expect(authApi.studentSignIn).toHaveBeenCalledWith({ classCode: 'KX7P4Q', personalCode: 'ZON-12' });
    expect(remembered.remember).toHaveBeenCalledWith(sanne);
  });

  it('signs in a student who picked themselves from the remembered list', async () => {
    authApi.studentSignIn.and.returnValue(of(studentUser()));
    actions$.next(StudentJoinPageActions.rememberedStudentPicked({ student: sanne }));
    await firstValueFrom(run(effects.signInStudent));
    expect(authApi.studentSignIn).toHaveBeenCalledWith({ classCode: 'KX7P4Q', personalCode: 'ZON-12' });
  });

  it('does not remember a personal code that was rejected', async () => {
    authApi.studentSignIn.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 401, error: { status: 401, code: 'unknown_personal_code' } })),
    );
    actions$.next(StudentJoinPageActions.personalCodeSubmitted({ classCode: 'KX7P4Q', personalCode: 'WRONG' }));
    const action = (await firstValueFrom(run(effects.signInStudent))) as ReturnType<typeof StudentJoinApiActions.signInFailed>;
    expect(action.error.code).toBe('unknown_personal_code');
    expect(remembered.remember).not.toHaveBeenCalled();
  });

  it('lists the remaining students after one is forgotten', async () => {
    remembered.forget.and.returnValue([]);
    actions$.next(StudentJoinPageActions.rememberedStudentForgotten({ student: sanne }));
    expect(await firstValueFrom(run(effects.forgetRememberedStudent))).toEqual(RememberedStudentsActions.listed({ students: [] }));
    expect(remembered.forget).toHaveBeenCalledWith(sanne);
  });
});
