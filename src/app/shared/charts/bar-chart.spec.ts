import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { By } from '@angular/platform-browser';
import { KOERS_PALETTE, type ReportBarChart } from '@koers/contracts';
import type { Chart } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { I18n, LANGUAGE_STORAGE_KEY } from '../../core/i18n/i18n';
import { BarChart, formatBarValue, plottedValue } from './bar-chart';
import { provideKoersCharts } from './chart-setup';

const NBSP = '\u00a0';

const shift: ReportBarChart = {
  kind: 'bar-chart',
  caption: 'Kansrijke eerste keuze, voor en na, per leerjaar',
  summary: 'leerjaar 3: 47% voor, 68% na; leerjaar 4: 65% voor, 70% na.',
  unit: '%',
  categories: ['leerjaar 2', 'leerjaar 3', 'leerjaar 4'],
  series: [
    { name: 'Voor', values: [null, 0.4737, 0.65] },
    { name: 'Na', values: [null, 0.6842, 0.7] },
  ],
};

const counts: ReportBarChart = {
  kind: 'bar-chart',
  caption: 'Bereikte leerlingen per niveau',
  summary: 'Het meest bereikt in vmbo-gt.',
  unit: 'n',
  categories: ['havo', 'vmbo-gt', 'vwo'],
  series: [
    { name: '2025-2026', values: [12, 30, null] },
    { name: '2026-2027', values: [20, 43, 11] },
    { name: 'Doel', values: [25, 40, 25] },
  ],
};

describe('bar chart helpers', () => {
  it('shows shares as whole percentages, counts as numbers and null as a dash', () => {
    expect(formatBarValue(0.4737, '%', 'nl')).toBe(`47${NBSP}%`);
    expect(formatBarValue(0.4737, '%', 'en')).toBe('47%');
    expect(formatBarValue(1234, 'n', 'nl')).toBe('1.234');
    expect(formatBarValue(null, 'n', 'nl')).toBe('—');
  });

  it('draws shares on a 0–100 scale and keeps null as a gap', () => {
    expect(plottedValue(0.4737, '%')).toBe(47.4);
    expect(plottedValue(1.2, '%')).toBe(100);
    expect(plottedValue(43, 'n')).toBe(43);
    expect(plottedValue(null, '%')).toBeNull();
  });
});

describe('BarChart', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));
  afterEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  async function render(chart: ReportBarChart, language: 'nl' | 'en' = 'nl') {
    TestBed.configureTestingModule({ providers: [provideKoersCharts()] });
    TestBed.inject(I18n).use(language);
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('chart', chart);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  function drawn(fixture: Awaited<ReturnType<typeof render>>['fixture']): Chart {
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective).chart;
    if (!chart) throw new Error('no chart drawn');
    return chart as unknown as Chart;
  }

  it('draws one bar per series and category in percent, with gaps for suppressed groups and a text legend', async () => {
    const { fixture, element } = await render(shift);
    expect(element.querySelector('h3')?.textContent).toBe('Kansrijke eerste keuze, voor en na, per leerjaar');
    const chart = drawn(fixture);
    expect(chart.data.datasets.map((dataset) => dataset.label)).toEqual(['Voor', 'Na']);
    expect(chart.data.datasets[0].data).toEqual([null, 47.4, 65]);
    expect(chart.data.datasets[1].data).toEqual([null, 68.4, 70]);
    expect(chart.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual([KOERS_PALETTE[0], KOERS_PALETTE[5]]);
    expect(chart.data.labels).toEqual([['leerjaar 2', '(geen cijfer)'], 'leerjaar 3', 'leerjaar 4']);
    expect(chart.options.scales?.['y']?.max).toBe(100);
    const legend = [...element.querySelectorAll('.legend li')];
    expect(legend.map((item) => item.textContent?.trim())).toEqual(['Voor', 'Na']);
    expect(legend.map((item) => item.querySelector('rect')?.getAttribute('fill'))).toEqual([KOERS_PALETTE[0], KOERS_PALETTE[5]]);
  });

  it('gives the summary as text alternative and explains the dash when a value is missing', async () => {
    const { element } = await render(shift);
    expect(element.querySelector('.summary')?.textContent).toBe(
      'leerjaar 3: 47% voor, 68% na; leerjaar 4: 65% voor, 70% na. Een streepje (—) betekent: geen cijfer, omdat de groep te klein is (onderdrukt) of er geen gegevens zijn.',
    );
    const canvas = element.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-labelledby')).toMatch(/-title .*-summary$/);
  });

  it('shows the same values as a table with "—" for suppressed ones when "Toon als tabel" is pressed', async () => {
    const { element, loader } = await render(shift);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }))).click();
    expect(element.querySelector('canvas')).toBeNull();
    const headers = [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());
    expect(headers).toEqual(['Groep', 'Voor', 'Na']);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['leerjaar 2', '—', '—'],
      ['leerjaar 3', `47${NBSP}%`, `68${NBSP}%`],
      ['leerjaar 4', `65${NBSP}%`, `70${NBSP}%`],
    ]);
  });

  it('draws counts on an axis from zero, a colour per series, and a table of counts', async () => {
    const { fixture, element, loader } = await render(counts, 'en');
    const chart = drawn(fixture);
    expect(chart.data.datasets[0].data).toEqual([12, 30, null]);
    expect(chart.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual([KOERS_PALETTE[0], KOERS_PALETTE[5], KOERS_PALETTE[2]]);
    expect(chart.data.labels).toEqual(['havo', 'vmbo-gt', 'vwo']);
    expect(chart.options.scales?.['y']?.max).toBeUndefined();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Show as table/ }))).click();
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['havo', '12', '20', '25'],
      ['vmbo-gt', '30', '43', '40'],
      ['vwo', '—', '11', '25'],
    ]);
    expect(element.querySelector('thead th')?.textContent?.trim()).toBe('Group');
  });

  it('says there are no figures, without a chart, when every value is suppressed', async () => {
    const { element } = await render({ ...shift, summary: '', series: shift.series.map((series) => ({ ...series, values: [null, null, null] })) });
    expect(element.querySelector('.summary')?.textContent).toBe('Geen cijfers om te tonen.');
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('.toggle')).toBeNull();
  });
});
