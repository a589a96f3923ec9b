import { HttpClient, HttpHeaders, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n';
import { languageInterceptor } from './language.interceptor';

describe('languageInterceptor', () => {
  let http: HttpClient;
  let controller: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(withInterceptors([languageInterceptor])), provideHttpClientTesting()] });
    http = TestBed.inject(HttpClient);
    controller = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    controller.verify();
    TestBed.inject(I18n).use('nl');
  });

  it('sends the language chosen in Koers to its own API, and follows a switch', () => {
    const i18n = TestBed.inject(I18n);
    i18n.use('nl');
    http.get('/api/dashboards/school').subscribe();
    expect(controller.expectOne('/api/dashboards/school').request.headers.get('Accept-Language')).toBe('nl');
    i18n.use('en');
    http.post('/xapi/statements', []).subscribe();
    expect(controller.expectOne('/xapi/statements').request.headers.get('Accept-Language')).toBe('en');
  });

  it('leaves other addresses and an explicit language alone', () => {
    TestBed.inject(I18n).use('en');
    http.get('/assets/demo.vtt').subscribe();
    expect(controller.expectOne('/assets/demo.vtt').request.headers.has('Accept-Language')).toBeFalse();
    http.get('/api/opleidingen', { headers: new HttpHeaders({ 'Accept-Language': 'nl' }) }).subscribe();
    expect(controller.expectOne('/api/opleidingen').request.headers.get('Accept-Language')).toBe('nl');
  });
});
