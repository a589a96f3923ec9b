import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { By } from '@angular/platform-browser';
import { KOERS_PALETTE } from '@koers/contracts';
import type { ChartDataset } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { I18n } from '../../core/i18n/i18n';
import { provideKoersCharts } from './chart-setup';
import { TrendChart, trendStyle, trendValues } from './trend-chart';

describe('trendValues', () => {
  it('gives each series one value per period: missing, negative and broken values become 0', () => {
    expect(trendValues([{ label: 'a', values: [3, -1, Number.NaN] }, { label: 'b', values: [1] }], 3)).toEqual([
      [3, 0, 0],
      [1, 0, 0],
    ]);
  });

  it('styles each series with its own colour, line pattern and point shape', () => {
    expect(trendStyle(0)).toEqual({ color: KOERS_PALETTE[0], dash: [], point: 'circle' });
    expect(trendStyle(1).dash).toEqual([8, 4]);
    expect(trendStyle(2).point).toBe('triangle');
  });
});

describe('TrendChart', () => {
  const inputs = {
    labels: ['sep 2026', 'okt 2026', 'nov 2026'],
    series: [
      { label: 'Begonnen', values: [5, 0, 22] },
      { label: 'Afgerond', values: [2, 0, 20] },
      { label: 'Voor én na gemeten', values: [0, 0, 20] },
    ],
    periodLabel: 'Maand',
    valueLabel: 'Leerlingen',
    summary: 'Van sep 2026 tot en met nov 2026: 27 keer begonnen.',
  };

  async function render(values: Record<string, unknown>) {
    TestBed.configureTestingModule({ providers: [provideKoersCharts()] });
    TestBed.inject(I18n).use('nl');
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('title', 'Leerlingen per maand');
    for (const [name, value] of Object.entries(values)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('draws a line per series over the periods, with the page’s sentence and a text legend', async () => {
    const { fixture, element } = await render(inputs);
    expect(element.querySelector('h3')?.textContent).toBe('Leerlingen per maand');
    expect(element.querySelector('.summary')?.textContent).toBe('Van sep 2026 tot en met nov 2026: 27 keer begonnen.');
    expect([...element.querySelectorAll('.legend li')].map((item) => item.textContent?.trim())).toEqual(['Begonnen', 'Afgerond', 'Voor én na gemeten']);
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective).chart;
    expect(chart?.data.labels).toEqual(['sep 2026', 'okt 2026', 'nov 2026']);
    expect(chart?.data.datasets.map((dataset) => dataset.data)).toEqual([
      [5, 0, 22],
      [2, 0, 20],
      [0, 0, 20],
    ]);
    const second = chart?.data.datasets[1] as ChartDataset<'line'>;
    expect(second.borderColor).toBe(KOERS_PALETTE[5]);
    expect(second.borderDash).toEqual([8, 4]);
    const canvas = element.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-labelledby')).toMatch(/-title .*-summary$/);
  });

  it('shows the same counts as a table with a row per period when "Toon als tabel" is pressed', async () => {
    const { element, loader, fixture } = await render(inputs);
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }));
    await toggle.click();
    await fixture.whenStable();
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
    expect([...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim())).toEqual(['Maand', 'Begonnen', 'Afgerond', 'Voor én na gemeten']);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['sep 2026', '5', '2', '0'],
      ['okt 2026', '0', '0', '0'],
      ['nov 2026', '22', '20', '20'],
    ]);
    expect(element.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(element.querySelector('.table-scroll')?.getAttribute('tabindex')).toBe('0');
    expect(element.querySelector('canvas')).toBeNull();
  });

  it('shows only the sentence, without chart or table toggle, when there are no periods', async () => {
    const { element } = await render({ ...inputs, labels: [], summary: 'Nog geen leerling is aan een geplande les begonnen.' });
    expect(element.querySelector('.summary')?.textContent).toBe('Nog geen leerling is aan een geplande les begonnen.');
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });

  it('shows a skeleton with a spoken status while loading', async () => {
    const { element } = await render({ loading: true, headingLevel: 2 });
    expect(element.querySelector('h2')?.textContent).toBe('Leerlingen per maand');
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Grafiek laden…');
    expect(element.querySelectorAll('.skeleton').length).toBe(2);
    expect(element.querySelector('canvas')).toBeNull();
  });
});
