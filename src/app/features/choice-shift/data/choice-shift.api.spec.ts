import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { fullReport, pairing } from '../testing/choice-shift-fixtures';
import { ChoiceShiftApi } from './choice-shift.api';

describe('ChoiceShiftApi', () => {
  let api: ChoiceShiftApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ChoiceShiftApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for the report with only the filters that are set', async () => {
    const report = fullReport();
    const result = firstValueFrom(api.report({ classId: 'class-1', leerjaar: 3, niveau: '' }));
    http.expectOne('/api/choice-shift?classId=class-1&leerjaar=3').flush(report);
    expect(await result).toEqual(report);
  });

  it('lists, creates and deletes pairings', async () => {
    const listed = firstValueFrom(api.pairings());
    http.expectOne('/api/choice-shift/pairings').flush({ items: [pairing()] });
    expect(await listed).toEqual([pairing()]);

    const input = { name: 'Najaar', preScheduleId: 's1', postScheduleId: 's2' };
    const created = firstValueFrom(api.createPairing(input));
    const post = http.expectOne({ method: 'POST', url: '/api/choice-shift/pairings' });
    expect(post.request.body).toEqual(input);
    post.flush(pairing(), { status: 201, statusText: 'Created' });
    expect(await created).toEqual(pairing());

    const deleted = firstValueFrom(api.deletePairing('p/1'), { defaultValue: undefined });
    http.expectOne({ method: 'DELETE', url: '/api/choice-shift/pairings/p%2F1' }).flush(null, { status: 204, statusText: 'No Content' });
    await deleted;
  });
});
