import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { sessionExpiredInterceptor } from '../../../core/http/session-expired.interceptor';
import { provideKoersCharts } from '../../../shared/charts/chart-setup';
import { appError } from '../../../testing/fixtures';
import { SharedReportPageActions } from '../state/reports.actions';
import * as reportsEffects from '../state/reports.effects';
import { type ReportsState, initialReportsState, reportsFeature } from '../state/reports.feature';
import { TOKEN, reportDocument } from '../testing/reports-fixtures';
import { SharedReportPage } from './shared-report-page';

describe('SharedReportPage', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));
  afterEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  async function render() {
    const fixture = TestBed.createComponent(SharedReportPage);
    fixture.componentRef.setInput('token', TOKEN);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  describe('with a store', () => {
    let store: MockStore;
    function setup(state: Partial<ReportsState>) {
      TestBed.configureTestingModule({ providers: [provideRouter([]), provideKoersCharts(), provideMockStore({ initialState: { reports: { ...initialReportsState, ...state } } })] });
      store = TestBed.inject(MockStore);
      spyOn(store, 'dispatch');
    }

    it('asks for the report behind the token', async () => {
      setup({ sharedStatus: 'loading' });
      const { element } = await render();
      expect(store.dispatch).toHaveBeenCalledWith(SharedReportPageActions.opened({ token: TOKEN }));
      expect(element.querySelector('[role="status"]')?.textContent).toBe('Jaarverslag laden…');
    });

    it('shows the report read-only under a small Koers header, without staff navigation', async () => {
      setup({ shared: reportDocument(), sharedStatus: 'loaded' });
      const { element } = await render();
      expect(element.querySelector('header')?.textContent).toContain('Koers · gedeeld jaarverslag (alleen lezen)');
      expect(element.querySelector('h1')?.textContent).toBe('LOB-verslag schooljaar 2026-2027');
      expect(element.querySelector('nav')).toBeNull();
    });

    it('downloads through the share link, not the signed-in address', async () => {
      setup({ shared: reportDocument(), sharedStatus: 'loaded' });
      const { element } = await render();
      const links = [...element.querySelectorAll<HTMLAnchorElement>('app-download-links a')];
      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        `/api/shared/reports/${TOKEN}?format=pdf`,
        `/api/shared/reports/${TOKEN}?format=xlsx`,
        `/api/shared/reports/${TOKEN}?format=csv`,
      ]);
      expect(links[1].getAttribute('aria-label')).toBe('Jaarverslag 2026-2027 downloaden als Excel-bestand (XLSX)');
    });

    it('explains kindly that a dead link (404) no longer works', async () => {
      setup({ sharedStatus: 'failed', sharedError: appError('not_found', { status: 404 }) });
      const { element } = await render();
      expect(element.querySelector('[role="alert"]')?.textContent).toBe('Deze link is verlopen, ingetrokken of bestaat niet. Vraag de school om een nieuwe link.');
      expect(element.querySelector('app-download-links')).toBeNull();
    });

    it('offers a retry when Koers cannot be reached', async () => {
      setup({ sharedStatus: 'failed', sharedError: appError('unavailable', { status: 0 }) });
      const { element } = await render();
      (element.querySelector('app-request-error button') as HTMLButtonElement).click();
      expect(store.dispatch).toHaveBeenCalledWith(SharedReportPageActions.retryClicked({ token: TOKEN }));
    });
  });

  describe('without a session', () => {
    let http: HttpTestingController;

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideRouter([]),
          provideKoersCharts(),
          provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
          provideHttpClientTesting(),
          provideStore(),
          provideState(authFeature),
          provideState(reportsFeature),
          provideEffects(reportsEffects),
        ],
      });
      http = TestBed.inject(HttpTestingController);
    });

    afterEach(() => http.verify());

    it('calls only the public shared-report address and shows the report', async () => {
      const { fixture, element } = await render();
      http.expectOne(`/api/shared/reports/${TOKEN}?format=json`).flush(reportDocument());
      await fixture.whenStable();
      expect(element.querySelector('h1')?.textContent).toBe('LOB-verslag schooljaar 2026-2027');
    });

    it('shows the friendly message for an unknown, expired or revoked link', async () => {
      const { fixture, element } = await render();
      http
        .expectOne(`/api/shared/reports/${TOKEN}?format=json`)
        .flush({ type: 'urn:koers:problem:not_found', title: 'x', status: 404, detail: 'x', code: 'not_found' }, { status: 404, statusText: 'Not Found' });
      await fixture.whenStable();
      expect(element.textContent).toContain('Deze link is verlopen, ingetrokken of bestaat niet. Vraag de school om een nieuwe link.');
    });
  });
});
