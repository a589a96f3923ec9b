import { AuthApiActions } from '../../../core/auth/state/auth.actions';
import { appError, studentUser } from '../../../testing/fixtures';
import { RememberedStudentsActions, StudentJoinApiActions, StudentJoinPageActions } from './student-join.actions';
import { initialStudentJoinState, studentJoinFeature } from './student-join.feature';

const { reducer } = studentJoinFeature;
const joinedClass = { classCode: 'KX7P4Q', className: 'H3A', schoolName: 'Demo College' };
const sanne = { classCode: 'KX7P4Q', personalCode: 'ZON-12', displayName: 'Sanne', className: 'H3A' };

describe('student join feature', () => {
  it('goes to the personal-code step once the class code is accepted', () => {
    let state = reducer(initialStudentJoinState, StudentJoinPageActions.classCodeSubmitted({ classCode: 'KX7P4Q' }));
    expect(state.pending).toBeTrue();
    state = reducer(state, StudentJoinApiActions.classCodeAccepted({ joinedClass }));
    expect(state).toEqual(jasmine.objectContaining({ joinedClass, pending: false }));
  });

  it('goes back to the class-code step when another class is chosen', () => {
    const state = reducer({ ...initialStudentJoinState, joinedClass }, StudentJoinPageActions.otherClassChosen());
    expect(state.joinedClass).toBeNull();
  });

  it('shows a rejected code and clears it on the next try', () => {
    let state = reducer(initialStudentJoinState, StudentJoinApiActions.signInFailed({ error: appError('unknown_personal_code') }));
    expect(state.error?.code).toBe('unknown_personal_code');
    state = reducer(state, StudentJoinPageActions.personalCodeSubmitted({ classCode: 'KX7P4Q', personalCode: 'ZON-12' }));
    expect(state.error).toBeNull();
  });

  it('starts over after signing in, keeping the remembered students', () => {
    let state = reducer({ ...initialStudentJoinState, joinedClass }, RememberedStudentsActions.listed({ students: [sanne] }));
    state = reducer(state, AuthApiActions.signInSucceeded({ user: studentUser() }));
    expect(state).toEqual({ ...initialStudentJoinState, remembered: [sanne] });
  });
});
