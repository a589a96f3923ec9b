import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { By } from '@angular/platform-browser';
import { KOERS_PALETTE } from '@koers/contracts';
import { BaseChartDirective } from 'ng2-charts';
import { I18n } from '../../core/i18n/i18n';
import { provideKoersCharts } from './chart-setup';
import { RetentionChart, retentionAt, retentionRows, summarySecond } from './retention-chart';

const NBSP = '\u00a0';

/** 41 seconds (0..40): everyone at 0 s, 80 % at 20 s, 45 % at the end. */
function retention(): number[] {
  return Array.from({ length: 41 }, (_, second) => (second <= 20 ? 1 - second * 0.01 : 0.8 - (second - 20) * 0.0175));
}

describe('retention chart helpers', () => {
  it('puts a table row every 5 seconds and one for an end that is off the grid', () => {
    const rows = retentionRows([1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.5, 0.4, 0.4, 0.3, 0.3, 0.2, 0.2], 12);
    expect(rows.map((row) => row.second)).toEqual([0, 5, 10, 12]);
    expect(rows.map((row) => row.share)).toEqual([1, 0.5, 0.3, 0.2]);
    expect(rows.map((row) => row.isEnd)).toEqual([false, false, false, true]);
  });

  it('names the halfway second on the 5-second grid, and the last known value after the data ends', () => {
    expect(summarySecond(40)).toBe(20);
    expect(summarySecond(47)).toBe(20);
    expect(summarySecond(6)).toBe(3);
    expect(retentionAt([1, 0.5], 10)).toBe(0.5);
    expect(retentionAt([1, 1.4], 1)).toBe(1);
    expect(retentionAt([], 3)).toBe(0);
  });
});

describe('RetentionChart', () => {
  async function render(inputs: Record<string, unknown>, language: 'nl' | 'en' = 'nl') {
    TestBed.configureTestingModule({ providers: [provideKoersCharts()] });
    TestBed.inject(I18n).use(language);
    const fixture = TestBed.createComponent(RetentionChart);
    fixture.componentRef.setInput('title', 'Hoe lang keken ze?');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('says in words how many were still watching halfway and at the end', async () => {
    const { element } = await render({ retention: retention(), durationSeconds: 40 });
    expect(element.querySelector('h3')?.textContent).toBe('Hoe lang keken ze?');
    expect(element.querySelector('.summary')?.textContent).toBe(`Na 20 s keek nog 80${NBSP}%, aan het eind 45${NBSP}%.`);
  });

  it('says the same in English', async () => {
    const { element } = await render({ retention: retention(), durationSeconds: 40 }, 'en');
    expect(element.querySelector('.summary')?.textContent).toBe('After 20 s, 80% were still watching; at the end 45%.');
  });

  it('draws the curve in % per second in the first palette colour', async () => {
    const { fixture } = await render({ retention: retention(), durationSeconds: 40 });
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective).chart;
    expect(chart).toBeDefined();
    const dataset = chart?.data.datasets[0];
    expect(chart?.data.labels?.length).toBe(41);
    expect(dataset?.data[0]).toBe(100);
    expect(dataset?.data[20]).toBe(80);
    expect(dataset?.data[40]).toBe(45);
    expect((dataset as { borderColor?: string } | undefined)?.borderColor).toBe(KOERS_PALETTE[0]);
    const canvas = fixture.nativeElement.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-labelledby')).toMatch(/-title .*-summary$/);
  });

  it('draws without animation when the system asks for less motion', async () => {
    spyOn(window, 'matchMedia').and.callFake((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList);
    const { fixture } = await render({ retention: retention(), durationSeconds: 40 });
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective).chart;
    expect(chart?.options.animation).toBeFalse();
  });

  it('shows the same numbers as a table every 5 seconds when "Toon als tabel" is pressed', async () => {
    const { element, loader, fixture } = await render({ retention: retention(), durationSeconds: 40 });
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }));
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('false');
    expect(element.querySelector('table')).toBeNull();

    await toggle.click();
    await fixture.whenStable();
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('canvas')).toBeNull();
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows.length).toBe(9);
    expect(rows[0]).toEqual(['0', `100${NBSP}%`]);
    expect(rows[4]).toEqual(['20', `80${NBSP}%`]);
    expect(rows[8]).toEqual(['40 (eind)', `45${NBSP}%`]);
    expect(element.querySelector('thead')?.textContent).toContain('Seconde');

    await toggle.click();
    await fixture.whenStable();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('canvas')).not.toBeNull();
  });

  it('says nobody watched yet, with no chart and no table toggle', async () => {
    const { element } = await render({ retention: [], durationSeconds: 40 });
    expect(element.querySelector('.summary')?.textContent).toBe('Nog niemand heeft deze video bekeken.');
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });

  it('shows a skeleton of the chart height with a spoken status while loading', async () => {
    const { element } = await render({ loading: true });
    expect(element.querySelector('h3')?.textContent).toBe('Hoe lang keken ze?');
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Grafiek laden…');
    expect(element.querySelectorAll('.skeleton').length).toBe(2);
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('.summary')).toBeNull();
  });

  it('uses a summary given by the page instead of its own', async () => {
    const { element } = await render({ retention: retention(), durationSeconds: 40, summary: 'Eigen zin.' });
    expect(element.querySelector('.summary')?.textContent).toBe('Eigen zin.');
  });
});
