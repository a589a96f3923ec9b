import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import type { ModuleDetail } from '@koers/contracts';
import { type Observable, ReplaySubject, from, lastValueFrom, take, throwError, toArray } from 'rxjs';
import { moduleSummary } from '../../../testing/fixtures';
import { ModulesApi, type UploadEvent } from '../data/modules.api';
import { ModuleEditorApiActions, ModuleEditorPageActions } from './modules.actions';
import * as effects from './modules.effects';

describe('module editor effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ModulesApi>;
  const detail: ModuleDetail = { ...moduleSummary(), versions: [], usedIn: [] };
  const file = new File(['x'], 'film.mp4', { type: 'video/mp4' });

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    api = jasmine.createSpyObj<ModulesApi>('ModulesApi', ['upload', 'create', 'update', 'publish']);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockActions(() => actions$ as Observable<Action>), { provide: ModulesApi, useValue: api }],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('reports upload progress in percent and ends with the updated module', async () => {
    const events: UploadEvent[] = [{ percent: 25 }, { percent: 100 }, { done: detail }];
    api.upload.and.returnValue(from(events));
    actions$.next(ModuleEditorPageActions.fileChosen({ moduleId: detail.id, kind: 'video', file }));
    const actions = await lastValueFrom(run(effects.uploadFile).pipe(take(3), toArray()));
    expect(actions).toEqual([
      ModuleEditorApiActions.uploadProgressed({ kind: 'video', percent: 25 }),
      ModuleEditorApiActions.uploadProgressed({ kind: 'video', percent: 100 }),
      ModuleEditorApiActions.uploadSucceeded({ kind: 'video', detail }),
    ]);
  });

  it('passes the server’s line-numbered WebVTT errors on with the failed upload', async () => {
    api.upload.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: { status: 400, code: 'validation', errors: [{ field: '/captions', message: 'Regel 6: de tijd klopt niet.' }] },
          }),
      ),
    );
    actions$.next(ModuleEditorPageActions.fileChosen({ moduleId: detail.id, kind: 'captions', file }));
    const [action] = await lastValueFrom(run(effects.uploadFile).pipe(take(1), toArray()));
    const failed = action as ReturnType<typeof ModuleEditorApiActions.uploadFailed>;
    expect(failed.type).toBe(ModuleEditorApiActions.uploadFailed.type);
    expect(failed.kind).toBe('captions');
    expect(failed.error.fieldErrors[0]?.message).toBe('Regel 6: de tijd klopt niet.');
  });
});
