import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { type Observable, ReplaySubject, firstValueFrom, throwError } from 'rxjs';
import { EMPTY_DRAFT } from './lesson-draft';
import { LessonsApi } from '../data/lessons.api';
import { LessonBuilderPageActions, LessonsApiActions } from './lessons.actions';
import * as effects from './lessons.effects';
import { initialLessonsState } from './lessons.feature';

describe('lesson builder effects', () => {
  it('reports a refused reorder of a saved lesson so the builder can put the step back', async () => {
    const actions$ = new ReplaySubject<Action>(1);
    const api = jasmine.createSpyObj<LessonsApi>('LessonsApi', ['save']);
    api.save.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: { status: 409, code: 'conflict' } })));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockActions(() => actions$ as Observable<Action>),
        provideMockStore({ initialState: { lessons: { ...initialLessonsState, lessonId: 'lesson-1', draft: EMPTY_DRAFT } } }),
        { provide: LessonsApi, useValue: api },
      ],
    });
    actions$.next(LessonBuilderPageActions.stepMoved({ from: 0, to: 1 }));
    const action = (await firstValueFrom(TestBed.runInInjectionContext(effects.saveReorder))) as ReturnType<typeof LessonsApiActions.stepMoveRefused>;
    expect(action.type).toBe(LessonsApiActions.stepMoveRefused.type);
    expect([action.from, action.to]).toEqual([0, 1]);
    expect(action.error.code).toBe('conflict');
    expect(api.save).toHaveBeenCalledWith('lesson-1', jasmine.objectContaining({ steps: jasmine.any(Array) }));
  });
});
