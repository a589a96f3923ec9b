import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { PlanningDashboard } from '@koers/contracts';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { provideKoersCharts } from '../../../shared/charts/chart-setup';
import { appError } from '../../../testing/fixtures';
import { PlanningDashboardPageActions } from '../state/dashboards.actions';
import { type PlanningEntry, initialDashboardsState } from '../state/dashboards.feature';
import { planningDashboard } from '../testing/dashboard-fixtures';
import { PlanningDashboardPage } from './planning-dashboard-page';

const NBSP = '\u00a0';

describe('PlanningDashboardPage', () => {
  const stateWith = (entry?: PlanningEntry) => ({
    dashboards: { ...initialDashboardsState, plannings: entry ? { 'schedule-1': entry } : {} },
  });
  const loaded = (dashboard: PlanningDashboard): PlanningEntry => ({ status: 'loaded', dashboard, error: null });

  async function render(entry?: PlanningEntry) {
    TestBed.configureTestingModule({ providers: [provideMockStore({ initialState: stateWith(entry) }), provideKoersCharts()] });
    TestBed.inject(I18n).use('nl');
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(PlanningDashboardPage);
    fixture.componentRef.setInput('scheduleId', 'schedule-1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = () => (element.textContent ?? '').replace(/\s+/g, ' ');
    return { fixture, store, element, text, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('asks for the dashboard of its planning when it opens', async () => {
    const { store } = await render();
    expect(store.dispatch).toHaveBeenCalledOnceWith(PlanningDashboardPageActions.opened({ scheduleId: 'schedule-1' }));
  });

  it('shows skeleton charts with a spoken status while loading', async () => {
    const { element } = await render({ status: 'loading', dashboard: null, error: null });
    expect(element.querySelector('h1')?.textContent).toBe('Resultaten');
    expect(element.querySelector('.skeletons [role="status"]')?.textContent).toBe('Resultaten laden…');
    expect(element.querySelectorAll('.skeleton').length).toBeGreaterThan(0);
    expect(element.querySelector('canvas')).toBeNull();
  });

  it('shows lesson, class, window and status, and how many started and finished', async () => {
    const { element, text } = await render(loaded(planningDashboard()));
    expect(element.querySelector('h1')?.textContent).toBe('Resultaten: Kansrijk kiezen · klas H3A');
    expect(text()).toContain('23-11-2026 t/m 30-11-2026 · Nu open · versie 1');
    expect(element.querySelector('app-progress-bars .summary')?.textContent).toBe('Begonnen 21 van 25, afgerond 17 van 25.');
    expect(element.querySelector('app-progress-bars .label')?.textContent).toBe(`Begonnen: 21 van 25 (84${NBSP}%)`);
  });

  it('shows per video the viewers, median watch-through, charts and anonymous comments, and per game its figures', async () => {
    const { element, text } = await render(loaded(planningDashboard()));
    const video = element.querySelector('.video') as HTMLElement;
    expect(video.querySelector('h3')?.textContent).toBe('Een dag als verpleegkundige');
    expect(video.textContent).toContain(`mediaan 78${NBSP}% bekeken`);
    expect(video.querySelector('app-retention-chart .summary')?.textContent).toBe(`Na 5 s keek nog 85${NBSP}%, aan het eind 70${NBSP}%.`);
    const [realism, learned] = [...video.querySelectorAll('app-distribution-chart .summary')].map((summary) => summary.textContent);
    expect(realism).toBe('Meest gekozen: 4 (9 van 20).');
    expect(learned).toBe('Meest gekozen: Ja (11 van 20).');
    expect([...video.querySelectorAll('.comments li')].map((item) => item.textContent)).toEqual([
      'Ik wist niet dat je ook nachtdiensten hebt.',
      'Leuk om echte mensen te zien.',
    ]);
    const game = element.querySelector('.game') as HTMLElement;
    expect(game.querySelector('h3')?.textContent).toBe('Salarisspel');
    const figures = [...game.querySelectorAll('dl > div')].map((pair) => [pair.querySelector('dt')?.textContent, pair.querySelector('dd')?.textContent]);
    expect(figures).toEqual([
      ['Spelers', '18'],
      ['Uitgespeeld', '15'],
      ['Mediaan score', `72${NBSP}%`],
      ['Gehaald', '12'],
    ]);
    expect(text()).not.toContain('Deel de code');
  });

  it('lists who needs a conversation, grouped by reason in plain Dutch, for the mentor', async () => {
    const { element } = await render(loaded(planningDashboard()));
    const attention = element.querySelector('.attention') as HTMLElement;
    expect(attention.querySelector('h2')?.textContent).toBe('Wie heeft een gesprek nodig?');
    expect(attention.textContent).toContain('Alleen jij als mentor van deze klas ziet hier namen');
    const groups = [...attention.querySelectorAll('h3')].map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim());
    expect(groups).toEqual([
      'Niet begonnen (1 leerling)',
      'Niet afgerond (1 leerling)',
      'Weet het nog niet (1 leerling)',
      'Twijfelt nog (zekerheid 1–2) (1 leerling)',
    ]);
    const students = [...attention.querySelectorAll('li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(students).toEqual(['Sanne', 'Bram', 'Daan · zekerheid 1 · ook: twijfelt nog (zekerheid 1–2)', 'Ayoub · zekerheid 2']);
  });

  it('shows no names at all when the user is not the mentor of the class', async () => {
    const { element, text } = await render(loaded(planningDashboard({ attention: null })));
    expect(element.querySelector('.attention')).toBeNull();
    expect(text()).not.toContain('Wie heeft een gesprek nodig?');
    for (const name of ['Sanne', 'Daan', 'Ayoub', 'Bram']) expect(text()).not.toContain(name);
    expect(text()).toContain('Wie een gesprek nodig heeft, ziet alleen de mentor van de klas.');
  });

  it('lets the mentor trace started and finished to the students behind them', async () => {
    const students = [
      { studentId: 's1', displayName: 'Sanne', started: false, finished: false },
      { studentId: 's4', displayName: 'Bram', started: true, finished: false },
      { studentId: 's5', displayName: 'Lotte', started: true, finished: true },
    ];
    const { element } = await render(loaded(planningDashboard({ classSize: 3, started: 2, finished: 1, students })));
    const trace = element.querySelector('.progress details.students-trace');
    expect(trace?.querySelector('summary')?.textContent?.trim()).toBe('Welke leerlingen? (3)');
    const rows = Array.from(trace?.querySelectorAll('tbody tr') ?? []).map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim()).join(' '));
    expect(rows).toEqual(['Sanne nee nee', 'Bram ja nee', 'Lotte ja ja']);
  });

  it('has no student list for anyone but the mentor', async () => {
    const { element } = await render(loaded(planningDashboard({ attention: null, students: null })));
    expect(element.querySelector('.students-trace')).toBeNull();
  });

  it('says so when nobody needs a conversation', async () => {
    const { element } = await render(loaded(planningDashboard({ attention: [] })));
    expect(element.querySelector('.attention')?.textContent).toContain('Niemand: iedereen is begonnen');
  });

  it('asks to share the code when nobody has started yet', async () => {
    const { element, text } = await render(loaded(planningDashboard({ started: 0, finished: 0, videos: [], games: [], attention: null })));
    expect(text()).toContain('Nog niemand is aan deze les begonnen. Deel de code KX7P4Q met de klas.');
    expect(element.querySelector('.video')).toBeNull();
    expect(element.querySelector('app-progress-bars .summary')?.textContent).toBe('Begonnen 0 van 25, afgerond 0 van 25.');
  });

  it('shows a failed request with a retry that asks again', async () => {
    const { element, store, loader } = await render({ status: 'failed', dashboard: null, error: appError('unavailable', { status: 503 }) });
    expect(element.querySelector('app-request-error [role="alert"]')).not.toBeNull();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Opnieuw proberen/ }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(PlanningDashboardPageActions.retryClicked({ scheduleId: 'schedule-1' }));
  });

  it('offers no retry when the planning is not the user’s to see', async () => {
    const { element } = await render({ status: 'failed', dashboard: null, error: appError('forbidden', { status: 403 }) });
    expect(element.querySelector('app-request-error [role="alert"]')).not.toBeNull();
    expect(element.querySelector('app-request-error button')).toBeNull();
  });
});
