import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { AuthApi } from '../../../core/auth/data/auth.api';
import { AuthApiActions } from '../../../core/auth/state/auth.actions';
import { toAppError } from '../../../core/http/app-error';
import { RememberedStudents } from '../data/remembered-students';
import { StudentJoinApi } from '../data/student-join.api';
import { RememberedStudentsActions, StudentJoinApiActions, StudentJoinPageActions } from './student-join.actions';

export const listRememberedStudents = createEffect(
  (actions$ = inject(Actions), remembered = inject(RememberedStudents)) => {
    return actions$.pipe(
      ofType(StudentJoinPageActions.opened),
      map(() => RememberedStudentsActions.listed({ students: remembered.list() })),
    );
  },
  { functional: true },
);

export const forgetRememberedStudent = createEffect(
  (actions$ = inject(Actions), remembered = inject(RememberedStudents)) => {
    return actions$.pipe(
      ofType(StudentJoinPageActions.rememberedStudentForgotten),
      map(({ student }) => RememberedStudentsActions.listed({ students: remembered.forget(student) })),
    );
  },
  { functional: true },
);

export const checkClassCode = createEffect(
  (actions$ = inject(Actions), api = inject(StudentJoinApi)) => {
    return actions$.pipe(
      ofType(StudentJoinPageActions.classCodeSubmitted),
      switchMap(({ classCode }) =>
        api.checkClassCode(classCode).pipe(
          map((joinedClass) => StudentJoinApiActions.classCodeAccepted({ joinedClass })),
          catchError((error: unknown) => of(StudentJoinApiActions.classCodeRejected({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Typed or picked codes sign the student in; a successful pair is remembered on this device. */
export const signInStudent = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi), remembered = inject(RememberedStudents)) => {
    return actions$.pipe(
      ofType(StudentJoinPageActions.personalCodeSubmitted, StudentJoinPageActions.rememberedStudentPicked),
      map((action) => ('student' in action ? action.student : action)),
      exhaustMap(({ classCode, personalCode }) =>
        api.studentSignIn({ classCode, personalCode }).pipe(
          tap((user) => {
            if (user.kind === 'student') {
              remembered.remember({ classCode, personalCode, displayName: user.displayName, className: user.className });
            }
          }),
          map((user) => AuthApiActions.signInSucceeded({ user })),
          catchError((error: unknown) => of(StudentJoinApiActions.signInFailed({ error: toAppError(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
