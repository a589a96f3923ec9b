import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { provideKoersCharts } from '../../../shared/charts/chart-setup';
import { appError } from '../../../testing/fixtures';
import { ReportPageActions } from '../state/reports.actions';
import { type ReportsState, initialReportsState } from '../state/reports.feature';
import { schoolYearOf } from '../state/school-year';
import { TOKEN, reportDocument, reportShare } from '../testing/reports-fixtures';
import { ReportPage } from './report-page';

describe('ReportPage', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));
  afterEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  let store: MockStore;
  const loaded: ReportsState = {
    ...initialReportsState,
    schoolYear: '2025-2026',
    report: reportDocument(),
    reportStatus: 'loaded',
    sharesStatus: 'loaded',
  };

  function setup(state: Partial<ReportsState> = {}) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideKoersCharts(), provideMockStore({ initialState: { reports: { ...loaded, ...state } } })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
  }

  async function render(jaar?: string) {
    const fixture = TestBed.createComponent(ReportPage);
    if (jaar) fixture.componentRef.setInput('jaar', jaar);
    await fixture.whenStable();
    return {
      fixture,
      element: fixture.nativeElement as HTMLElement,
      loader: TestbedHarnessEnvironment.loader(fixture),
      root: TestbedHarnessEnvironment.documentRootLoader(fixture),
    };
  }

  const withShares = (shares: ReportsState['entities'][string][]) => ({
    ids: shares.map((share) => share!.id),
    entities: Object.fromEntries(shares.map((share) => [share!.id, share])),
  });

  /** afterClosed() fires once the dialog has gone. */
  async function closed(root: HarnessLoader): Promise<void> {
    for (let attempt = 0; attempt < 50 && (await root.getAllHarnesses(MatDialogHarness)).length > 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
  }

  it('asks for the share links and the report of this school year when it opens', async () => {
    setup();
    await render();
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.opened());
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.yearSelected({ schoolYear: schoolYearOf(new Date()) }));
  });

  it('loads the year named in the address, and puts a chosen year there', async () => {
    setup();
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const { loader } = await render('2025-2026');
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.yearSelected({ schoolYear: '2025-2026' }));
    const select = await loader.getHarness(MatSelectHarness);
    expect(await select.getValueText()).toBe('2025-2026');
    await select.open();
    const options = await select.getOptions();
    expect(options.length).toBe(5);
    await select.clickOptions({ text: '2024-2025' });
    expect(router.navigate).toHaveBeenCalledWith([], jasmine.objectContaining({ queryParams: { jaar: '2024-2025' } }));
  });

  it('offers PDF, Excel and CSV downloads of the chosen year as labelled links', async () => {
    setup();
    const { element } = await render('2025-2026');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('app-download-links a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/api/reports/school-year?year=2025-2026&format=pdf',
      '/api/reports/school-year?year=2025-2026&format=xlsx',
      '/api/reports/school-year?year=2025-2026&format=csv',
    ]);
    expect(links.every((link) => link.hasAttribute('download'))).toBeTrue();
    expect(links.map((link) => link.textContent?.trim())).toEqual(['picture_as_pdf PDF', 'table_view Excel (XLSX)', 'download CSV']);
    expect(links[0].getAttribute('aria-label')).toBe('Jaarverslag 2025-2026 downloaden als PDF');
  });

  it('renders the report, and a skeleton while it loads', async () => {
    setup();
    const { element } = await render('2025-2026');
    expect(element.querySelector('app-report-view h2')?.textContent).toBe('LOB-verslag schooljaar 2026-2027');
    TestBed.resetTestingModule();
    setup({ report: null, reportStatus: 'loading' });
    const loading = await render();
    expect(loading.element.querySelector('.skeleton-report [role="status"]')?.textContent).toBe('Jaarverslag laden…');
    expect(loading.element.querySelector('app-report-view')).toBeNull();
  });

  it('explains a failed load and tries again on request', async () => {
    setup({ report: null, reportStatus: 'failed', reportError: appError('unavailable', { status: 0 }) });
    const { loader } = await render('2025-2026');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Opnieuw proberen/ }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.reportRetryClicked({ schoolYear: '2025-2026' }));
  });

  it('creates a link for the chosen year, 30 days by default', async () => {
    setup();
    const { loader } = await render('2025-2026');
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe('30');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Link maken/ }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.shareSubmitted({ input: { schoolYear: '2025-2026', days: 30 } }));
  });

  it('refuses more than 90 days, or a part of a day, with a message next to the field', async () => {
    setup();
    const { loader, element } = await render('2025-2026');
    const days = await loader.getHarness(MatInputHarness);
    await days.setValue('91');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Link maken/ }))).click();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Een link is hoogstens 90 dagen geldig.');
    await days.setValue('2.5');
    await days.blur();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Vul een heel aantal dagen in.');
    expect(store.dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: ReportPageActions.shareSubmitted.type }));
  });

  it('shows the server’s message when it refuses the link', async () => {
    setup({ createError: appError('validation', { fieldErrors: [{ field: '/days', message: 'must be <= 90' }] }) });
    const { element } = await render('2025-2026');
    expect(element.querySelector('app-share-form [role="alert"]')?.textContent?.trim()).toContain('must be <= 90');
  });

  it('shows a new link once, in full, with a copy button and the warnings', async () => {
    setup({ created: reportShare({ id: 'share-2', expiresAt: '2027-01-03T10:00:00.000Z', path: `/gedeeld/verslag/${TOKEN}` }) });
    const clipboard = spyOn(navigator.clipboard, 'writeText').and.resolveTo();
    const { element, loader, fixture } = await render('2025-2026');
    const url = `${location.origin}/gedeeld/verslag/${TOKEN}`;
    expect(element.querySelector<HTMLTextAreaElement>('app-created-link textarea')?.value).toBe(url);
    const text = element.querySelector('app-created-link')?.textContent ?? '';
    expect(text).toContain('Je ziet deze link maar één keer');
    expect(text).toContain('Iedereen die de link heeft, kan het jaarverslag 2026-2027 (groepscijfers, zonder namen) lezen en downloaden tot 3 januari 2027 om 11:00');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kopiëren/ }))).click();
    await fixture.whenStable();
    expect(clipboard).toHaveBeenCalledWith(url);
    expect(element.querySelector('app-created-link [role="status"]')?.textContent?.trim()).toBe('De link is gekopieerd.');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Ik heb de link gekopieerd/ }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.createdLinkDismissed());
  });

  it('does not show a link after it has been dismissed', async () => {
    setup({ created: null });
    const { element } = await render('2025-2026');
    expect(element.querySelector('app-created-link')).toBeNull();
    expect(element.textContent).not.toContain('/gedeeld/verslag/');
  });

  it('lists the links with their status and revokes an active one after confirmation', async () => {
    const active = reportShare({ expiresAt: '2099-01-01T00:00:00.000Z' });
    const revoked = reportShare({ id: 'share-0', createdAt: '2026-11-01T09:00:00.000Z', revokedAt: '2026-11-02T09:00:00.000Z' });
    setup(withShares([active, revoked]));
    const { element, loader, root } = await render('2025-2026');
    const rows = [...element.querySelectorAll('app-share-list tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      ['2026-2027', 'Annemiek Smit', 'check_circle Actief'],
      ['2026-2027', 'Annemiek Smit', 'block Ingetrokken'],
    ]);
    const revokeButtons = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Intrekken/ }));
    expect(revokeButtons.length).toBe(1);
    await revokeButtons[0].click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Link intrekken?');
    expect(await dialog.getContentText()).toContain('De link voor schooljaar 2026-2027, gemaakt door Annemiek Smit');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Intrekken' }))).click();
    await closed(root);
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.revokeConfirmed({ shareId: 'share-1' }));
  });

  it('revokes nothing when the dialog is cancelled', async () => {
    setup(withShares([reportShare({ expiresAt: '2099-01-01T00:00:00.000Z' })]));
    const { loader, root } = await render('2025-2026');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Intrekken/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Annuleren' }))).click();
    await closed(root);
    expect(store.dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: ReportPageActions.revokeConfirmed.type }));
  });

  it('says when no links have been made yet, and offers a retry when the list failed', async () => {
    setup();
    const { element } = await render('2025-2026');
    expect(element.querySelector('app-empty-state')?.textContent).toContain('Nog geen links gedeeld');
    TestBed.resetTestingModule();
    setup({ sharesStatus: 'failed', sharesError: appError('unavailable', { status: 0 }) });
    const failed = await render('2025-2026');
    const retry = await failed.loader.getAllHarnesses(MatButtonHarness.with({ text: /Opnieuw proberen/ }));
    await retry[0].click();
    expect(store.dispatch).toHaveBeenCalledWith(ReportPageActions.sharesRetryClicked());
  });
});
