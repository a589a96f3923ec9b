import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SchoolDashboard } from '@koers/contracts';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { provideKoersCharts } from '../../../shared/charts/chart-setup';
import { appError } from '../../../testing/fixtures';
import { SchoolDashboardPageActions } from '../state/school-dashboard.actions';
import { type SchoolDashboardState, initialSchoolDashboardState, schedulesAdapter } from '../state/school-dashboard.feature';
import { emptySchoolDashboard, schedule, schoolDashboard } from '../testing/school-dashboard-fixtures';
import { SchoolDashboardPage } from './school-dashboard-page';

const NBSP = '\u00a0';
/** Collapses white space as a reader sees it, but keeps the no-break space inside "70 %". */
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

describe('SchoolDashboardPage', () => {
  const loaded = (dashboard: SchoolDashboard, extra: Partial<SchoolDashboardState> = {}): Partial<SchoolDashboardState> => ({
    status: 'loaded',
    dashboard,
    dashboardFilters: {},
    schedules: schedulesAdapter.setAll([schedule(), schedule({ id: 'schedule-2', className: 'G4B', startsOn: '2026-11-04', endsOn: '2026-11-09' })], initialSchoolDashboardState.schedules),
    schedulesStatus: 'loaded',
    ...extra,
  });

  async function open(url: string, state: Partial<SchoolDashboardState> = {}) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'decaan/overzicht', component: SchoolDashboardPage },
          { path: '**', children: [] },
        ]),
        provideMockStore({ initialState: { schoolDashboard: { ...initialSchoolDashboardState, ...state } } }),
        provideKoersCharts(),
      ],
    });
    TestBed.inject(I18n).use('nl');
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, SchoolDashboardPage);
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    const text = () => (element.textContent ?? '').replace(/\s+/g, ' ');
    return { harness, store, element, text, router: TestBed.inject(Router), loader: TestbedHarnessEnvironment.loader(harness.fixture) };
  }

  const rowTexts = (table: Element) =>
    [...table.querySelectorAll('tbody tr:not(.trace-row)')].map((row) => [...row.children].map((cell) => squash(cell.textContent)));

  it('asks for the dashboard with the filters in its URL', async () => {
    const { store } = await open('/decaan/overzicht?leerjaar=3&niveau=havo&van=2026-09-01&tot=2026-12-31');
    expect(store.dispatch).toHaveBeenCalledOnceWith(SchoolDashboardPageActions.opened({ filters: { leerjaar: 3, niveau: 'havo', from: '2026-09-01', to: '2026-12-31' } }));
  });

  it('follows the URL when it changes (a new link, back or forward)', async () => {
    const { store, harness } = await open('/decaan/overzicht');
    await harness.navigateByUrl('/decaan/overzicht?niveau=vwo', SchoolDashboardPage);
    await harness.fixture.whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(SchoolDashboardPageActions.filtersChanged({ filters: { niveau: 'vwo' } }));
  });

  it('writes a chosen filter to the URL', async () => {
    const { loader, router, harness } = await open('/decaan/overzicht?leerjaar=3', loaded(schoolDashboard()));
    const niveau = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="niveau"]' }));
    await niveau.open();
    await niveau.clickOptions({ text: 'vmbo-gt' });
    await harness.fixture.whenStable();
    expect(router.url).toBe('/decaan/overzicht?leerjaar=3&niveau=vmbo-gt');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Wis filters/ }))).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/decaan/overzicht');
  });

  it('shows skeletons with a spoken status while the first answer is on its way', async () => {
    const { element } = await open('/decaan/overzicht', { status: 'loading' });
    expect(element.querySelector('h1')?.textContent).toBe('Schooldashboard');
    expect(element.querySelector('.skeletons [role="status"]')?.textContent).toBe('Schooldashboard laden…');
    expect(element.querySelectorAll('.skeleton').length).toBeGreaterThan(0);
    expect(element.querySelector('canvas')).toBeNull();
  });

  it('shows the school’s figures: students, reached, completed, ratings and the choice shift with its interval', async () => {
    const { element } = await open('/decaan/overzicht', loaded(schoolDashboard()));
    const cards = [...element.querySelectorAll('app-overview-figures .card')].map((card) => [...card.children].map((part) => squash(part.textContent)));
    expect(cards[0]).toEqual(['Leerlingen', '38', 'in de klassen binnen je filters']);
    expect(cards[1]).toEqual(['Bereikt', '24', `63${NBSP}% van de leerlingen · begon aan minstens één geplande les`]);
    expect(cards[3]).toEqual(['Beoordelingen', '28', 'Gemiddeld 3,9 op "Hoe echt voelde dit?" (1–5)']);
    expect(cards[4][1]).toBe(`56${NBSP}% → 69${NBSP}%`);
    expect(cards[4][2]).toBe('voor → na · +13 procentpunt (95%-interval −1 tot +26)');
    expect(cards[4][3]).toBe('39 leerlingen deden de keuzemeting vooraf én achteraf');
  });

  it('says why the choice shift is not shown, and explains "<5"', async () => {
    const dashboard = schoolDashboard();
    const { element } = await open(
      '/decaan/overzicht',
      loaded({ ...dashboard, school: { ...dashboard.school, reached: '<5', shift: { nPaired: 6, before: null, after: null, difference: null, differenceCi: null, suppressed: true } } }),
    );
    const overview = element.querySelector('app-overview-figures') as HTMLElement;
    expect(overview.textContent).toContain('Niet getoond');
    expect(overview.textContent).toContain('Minder dan 10 gekoppelde leerlingen (nu 6)');
    expect(overview.querySelectorAll('.card')[1].querySelector('.visually-hidden')?.textContent).toBe('minder dan 5');
    expect(overview.textContent).toContain('"<5" betekent 1 tot 4 leerlingen');
  });

  it('lists the figures by class, leerjaar and niveau, with "<5" and a withheld shift as such', async () => {
    const { element } = await open('/decaan/overzicht', loaded(schoolDashboard()));
    const [byClass, byLeerjaar, byNiveau] = [...element.querySelectorAll('app-group-figures-table')];
    expect(byClass.querySelector('h3')?.textContent).toBe('Per klas');
    expect(rowTexts(byClass)).toEqual([
      ['G3A', '30', `21 (70${NBSP}%)`, `19 (63${NBSP}%)`, '25', '3,8', `56${NBSP}% → 69${NBSP}% +13 pp (−1 tot +26)`, 'expand_more Lessen (1)'],
      ['G4B', '8', '<5', '<5', '3', '4,0', 'n = 6, te weinig', 'expand_more Lessen (1)'],
    ]);
    expect(byLeerjaar.querySelector('h3')?.textContent).toBe('Per leerjaar');
    expect(rowTexts(byLeerjaar).map((row) => row[0])).toEqual(['leerjaar 3', 'leerjaar 4']);
    expect(rowTexts(byNiveau).map((row) => row[0])).toEqual(['vmbo-gt']);
    expect(byClass.querySelector('.table-scroll')?.getAttribute('tabindex')).toBe('0');
  });

  it('opens the plannings behind a class as links to their results', async () => {
    const { element, loader, harness } = await open('/decaan/overzicht', loaded(schoolDashboard()));
    const trace = await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Toon de 1 geplande lessen achter G4B"]' }));
    expect(await (await trace.host()).getAttribute('aria-expanded')).toBe('false');
    await trace.click();
    await harness.fixture.whenStable();
    expect(await (await trace.host()).getAttribute('aria-expanded')).toBe('true');
    const links = [...element.querySelectorAll<HTMLAnchorElement>('app-trace-list a')];
    expect(links.map((link) => link.textContent?.trim())).toEqual(['Kansrijk kiezen · klas G4B · 4-11-2026 t/m 9-11-2026']);
    expect(links[0].getAttribute('href')).toBe('/decaan/planning/schedule-2/resultaten');
  });

  it('shows the module table under a visible "verband, geen bewijs", tracing to plannings and the module', async () => {
    const { element, loader, harness } = await open('/decaan/overzicht', loaded(schoolDashboard()));
    const modules = element.querySelector('section.modules') as HTMLElement;
    expect(modules.querySelector('.caution')?.textContent).toContain('Verband, geen bewijs');
    const rows = rowTexts(modules.querySelector('app-module-figures-table') as HTMLElement);
    expect(rows[0]).toEqual([
      'Mediavormgever: creatief werk Video · versie 1',
      '22',
      `13 (59${NBSP}%)`,
      `90${NBSP}%`,
      '18',
      '4,2',
      `39${NBSP}%`,
      `65${NBSP}% → 70${NBSP}% +5 pp (−14 tot +24)`,
      'expand_more Herleiden',
    ]);
    expect(rows[1][3]).toBe('–');
    expect(rows[1][7]).toBe('n = 6, te weinig');
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Toon de 2 geplande lessen achter Kans of geen kans?"]' }))).click();
    await harness.fixture.whenStable();
    const hrefs = [...modules.querySelectorAll<HTMLAnchorElement>('app-trace-list a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['/decaan/planning/schedule-2/resultaten', '/decaan/planning/schedule-1/resultaten', '/decaan/modules/module-2']);
  });

  it('draws the trend and the group comparison with their sentences, and switches the grouping', async () => {
    const { element, loader, harness } = await open('/decaan/overzicht', loaded(schoolDashboard()));
    expect(element.querySelector('app-trend-chart .summary')?.textContent).toBe(
      'Van sep 2026 tot en met nov 2026: 27 keer een les begonnen, 22 keer afgerond, 20 leerlingen voor én na gemeten. Drukste maand: nov 2026 (22 begonnen).',
    );
    const bars = element.querySelector('app-group-bar-chart') as HTMLElement;
    expect(bars.querySelector('.title')?.textContent).toBe('Bereikt en afgerond per leerjaar');
    expect(bars.querySelector('.summary')?.textContent).toBe(`Leerjaar 3: 70${NBSP}% bereikt, 63${NBSP}% afgerond.`);
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Klas' }))).check();
    await harness.fixture.whenStable();
    expect(bars.querySelector('.title')?.textContent).toBe('Bereikt en afgerond per klas');
  });

  it('says what to do when no lesson is planned: plan one', async () => {
    const { element, text } = await open('/decaan/overzicht', loaded(emptySchoolDashboard()));
    expect(text()).toContain('Nog geen resultaten');
    expect(text()).toContain('Plan een les om hier resultaten te zien.');
    expect(element.querySelector('a[href="/decaan/planning"]')).not.toBeNull();
    expect(element.querySelector('app-group-figures-table')).toBeNull();
  });

  it('offers to clear the filters when none of the lessons fall within them', async () => {
    const { text, loader, router, harness } = await open('/decaan/overzicht?niveau=vwo', loaded(emptySchoolDashboard(), { dashboardFilters: { niveau: 'vwo' } }));
    expect(text()).toContain('Geen lessen binnen deze filters');
    const buttons = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Wis filters/ }));
    await buttons[buttons.length - 1].click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/decaan/overzicht');
  });

  it('shows a failed request with a retry that asks again for the same filters', async () => {
    const { element, store, loader } = await open('/decaan/overzicht?leerjaar=4', { status: 'failed', error: appError('unavailable', { status: 503 }) });
    expect(element.querySelector('app-request-error [role="alert"]')).not.toBeNull();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Opnieuw proberen/ }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(SchoolDashboardPageActions.retryClicked({ filters: { leerjaar: 4 } }));
  });

  it('refuses reversed dates from a link next to the field, in the app’s language, without a general error', async () => {
    const error = appError('validation', { fieldErrors: [{ field: '/to', message: 'The end date is before the start date.' }] });
    const { element, text } = await open('/decaan/overzicht?van=2026-12-01&tot=2026-11-01', { status: 'failed', error });
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('De einddatum ligt vóór de begindatum.');
    expect(element.querySelector('app-request-error')).toBeNull();
    expect(text()).toContain('Pas de datums aan om de cijfers te zien.');
  });

  it('shows another message of the server for a date next to that field', async () => {
    const error = appError('validation', { fieldErrors: [{ field: '/to', message: 'Kies een datum in dit schooljaar (server).' }] });
    const { element } = await open('/decaan/overzicht?van=2026-09-01&tot=2030-11-01', { status: 'failed', error });
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Kies een datum in dit schooljaar (server).');
    expect(element.querySelector('app-request-error')).toBeNull();
  });
});
