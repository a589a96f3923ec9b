import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ProspectImportRequest } from '@koers/contracts';
import { firstValueFrom } from 'rxjs';
import { report, TWO_PROBLEMS } from '../testing/prospects-fixtures';
import { ProspectsApi } from './prospects.api';

describe('ProspectsApi', () => {
  let api: ProspectsApi;
  let http: HttpTestingController;
  const request = { dryRun: false, onlyValidRows: false } as ProspectImportRequest;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ProspectsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the filters that are set', async () => {
    const answer = firstValueFrom(api.indicators({ scope: 'sector', sector: null, status: 'illustratief' }));
    http.expectOne('/api/prospects/indicators?scope=sector&status=illustratief').flush({ items: [] });
    expect(await answer).toEqual({ items: [] });
  });

  it('answers a 422 refusal of a file with row errors with the report in the problem body', async () => {
    const refused = report({ dryRun: false, imported: false, problems: [...TWO_PROBLEMS] });
    const answer = firstValueFrom(api.importFile(request));
    http
      .expectOne({ method: 'POST', url: '/api/prospects/imports' })
      .flush({ type: 'about:blank', status: 422, code: 'validation', title: 'x', detail: 'x', report: refused }, { status: 422, statusText: 'Unprocessable Entity' });
    expect(await answer).toEqual(refused);
  });

  it('still fails on a 400 with field errors', async () => {
    const answer = firstValueFrom(api.importFile(request)).catch((error: unknown) => error);
    http
      .expectOne('/api/prospects/imports')
      .flush({ status: 400, code: 'validation', errors: [{ field: '/year', message: 'Jaar ontbreekt.' }] }, { status: 400, statusText: 'Bad Request' });
    expect(((await answer) as { status: number }).status).toBe(400);
  });
});
