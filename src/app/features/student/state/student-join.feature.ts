import type { ClassCodeResponse } from '@koers/contracts';
import { createFeature, createReducer, on } from '@ngrx/store';
import { AuthApiActions } from '../../../core/auth/state/auth.actions';
import type { AppError } from '../../../core/http/app-error';
import type { RememberedStudent } from '../data/remembered-students';
import { RememberedStudentsActions, StudentJoinApiActions, StudentJoinPageActions } from './student-join.actions';

export interface StudentJoinState {
  /** Set once the class code is accepted: step 2, the personal code. */
  readonly joinedClass: ClassCodeResponse | null;
  readonly pending: boolean;
  readonly error: AppError | null;
  readonly remembered: readonly RememberedStudent[];
}

export const initialStudentJoinState: StudentJoinState = {
  joinedClass: null,
  pending: false,
  error: null,
  remembered: [],
};

export const studentJoinFeature = createFeature({
  name: 'studentJoin',
  reducer: createReducer(
    initialStudentJoinState,
    on(
      StudentJoinPageActions.classCodeSubmitted,
      StudentJoinPageActions.personalCodeSubmitted,
      StudentJoinPageActions.rememberedStudentPicked,
      (state): StudentJoinState => ({ ...state, pending: true, error: null }),
    ),
    on(StudentJoinPageActions.otherClassChosen, (state): StudentJoinState => ({ ...state, joinedClass: null, error: null })),
    on(StudentJoinApiActions.classCodeAccepted, (state, { joinedClass }): StudentJoinState => ({
      ...state,
      joinedClass,
      pending: false,
    })),
    on(StudentJoinApiActions.classCodeRejected, StudentJoinApiActions.signInFailed, (state, { error }): StudentJoinState => ({
      ...state,
      pending: false,
      error,
    })),
    on(RememberedStudentsActions.listed, (state, { students }): StudentJoinState => ({ ...state, remembered: students })),
    on(AuthApiActions.signInSucceeded, (state): StudentJoinState => ({ ...initialStudentJoinState, remembered: state.remembered })),
  ),
});
