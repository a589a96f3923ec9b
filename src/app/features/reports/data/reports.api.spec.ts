import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { TOKEN, reportDocument, reportShare } from '../testing/reports-fixtures';
import { ReportsApi, reportDownloadUrl, sharedReportDownloadUrl } from './reports.api';

describe('ReportsApi', () => {
  let api: ReportsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReportsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the report of a year as JSON', async () => {
    const report = firstValueFrom(api.schoolYear('2025-2026'));
    http.expectOne('/api/reports/school-year?year=2025-2026&format=json').flush(reportDocument());
    expect((await report).title).toBe('LOB-verslag schooljaar 2026-2027');
  });

  it('creates, lists and revokes share links', async () => {
    const created = firstValueFrom(api.createShare({ schoolYear: '2026-2027', days: 30 }));
    const post = http.expectOne('/api/reports/shares');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ schoolYear: '2026-2027', days: 30 });
    post.flush(reportShare({ path: '/gedeeld/verslag/x' }), { status: 201, statusText: 'Created' });
    expect((await created).path).toBe('/gedeeld/verslag/x');

    const list = firstValueFrom(api.shares());
    http.expectOne('/api/reports/shares').flush({ items: [] });
    expect((await list).items).toEqual([]);

    const revoked = firstValueFrom(api.revokeShare('share-1'), { defaultValue: undefined });
    const remove = http.expectOne('/api/reports/shares/share-1');
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await revoked;
  });

  it('reads a shared report through the public address', async () => {
    const report = firstValueFrom(api.shared(TOKEN));
    http.expectOne(`/api/shared/reports/${TOKEN}?format=json`).flush(reportDocument());
    expect((await report).school).toBe('Demo College');
  });

  it('builds download addresses for the signed-in and the shared report', () => {
    expect(reportDownloadUrl('2026-2027', 'pdf')).toBe('/api/reports/school-year?year=2026-2027&format=pdf');
    expect(sharedReportDownloadUrl(TOKEN, 'xlsx')).toBe(`/api/shared/reports/${TOKEN}?format=xlsx`);
  });
});
