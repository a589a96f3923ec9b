import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HttpEventType } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { moduleSummary } from '../../../testing/fixtures';
import { ModulesApi, type UploadEvent } from './modules.api';

describe('ModulesApi uploads', () => {
  it('sends the file as the raw body with its type and turns HTTP events into progress and the result', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(ModulesApi);
    const http = TestBed.inject(HttpTestingController);
    const events: UploadEvent[] = [];
    const file = new File(['0123456789'], 'film.webm', { type: 'video/webm' });
    api.upload('module-1', 'video', file).subscribe((event) => events.push(event));

    const request = http.expectOne('/api/modules/module-1/video');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('video/webm');
    request.event({ type: HttpEventType.UploadProgress, loaded: 5, total: 10 });
    const detail = { ...moduleSummary(), versions: [], usedIn: [] };
    request.flush(detail);
    expect(events).toEqual([{ percent: 50 }, { done: detail }]);
    http.verify();
  });

  it('sends captions as text/vtt whatever type the browser guessed', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const api = TestBed.inject(ModulesApi);
    const http = TestBed.inject(HttpTestingController);
    api.upload('module-1', 'captions', new File(['WEBVTT'], 'ondertiteling.vtt')).subscribe();
    expect(http.expectOne('/api/modules/module-1/captions').request.headers.get('Content-Type')).toBe('text/vtt');
  });
});
