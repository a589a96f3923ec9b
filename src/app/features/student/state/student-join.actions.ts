import type { ClassCodeResponse } from '@koers/contracts';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { RememberedStudent } from '../data/remembered-students';

export const StudentJoinPageActions = createActionGroup({
  source: 'Student Join Page',
  events: {
    Opened: emptyProps(),
    'Class Code Submitted': props<{ classCode: string }>(),
    'Other Class Chosen': emptyProps(),
    'Personal Code Submitted': props<{ classCode: string; personalCode: string }>(),
    'Remembered Student Picked': props<{ student: RememberedStudent }>(),
    'Remembered Student Forgotten': props<{ student: RememberedStudent }>(),
  },
});

export const StudentJoinApiActions = createActionGroup({
  source: 'Student Join API',
  events: {
    'Class Code Accepted': props<{ joinedClass: ClassCodeResponse }>(),
    'Class Code Rejected': props<{ error: AppError }>(),
    'Sign In Failed': props<{ error: AppError }>(),
  },
});

export const RememberedStudentsActions = createActionGroup({
  source: 'Remembered Students',
  events: {
    Listed: props<{ students: readonly RememberedStudent[] }>(),
  },
});
