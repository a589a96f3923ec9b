import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { By } from '@angular/platform-browser';
import { KOERS_PALETTE } from '@koers/contracts';
import { BaseChartDirective } from 'ng2-charts';
import { I18n } from '../../core/i18n/i18n';
import { provideKoersCharts } from './chart-setup';
import { GroupBarChart, groupChartHeight } from './group-bar-chart';

const NBSP = '\u00a0';

describe('groupChartHeight', () => {
  it('gives every group room for its bars, within bounds', () => {
    expect(groupChartHeight(1, 2)).toBe(160);
    expect(groupChartHeight(6, 2)).toBe(56 + 6 * 44);
    expect(groupChartHeight(60, 2)).toBe(900);
  });
});

describe('GroupBarChart', () => {
  const inputs = {
    categories: ['leerjaar 3', 'leerjaar 4'],
    series: [
      { label: 'Bereikt', values: [0.7, null], cells: ['21 van 30 (70 %)', '<5 van 8'] },
      { label: 'Afgerond', values: [0.633, null] },
    ],
    categoryLabel: 'Leerjaar',
    summary: 'Het meest bereikt: leerjaar 3 (70 %).',
  };

  async function render(values: Record<string, unknown>) {
    TestBed.configureTestingModule({ providers: [provideKoersCharts()] });
    TestBed.inject(I18n).use('nl');
    const fixture = TestBed.createComponent(GroupBarChart);
    fixture.componentRef.setInput('title', 'Bereikt en afgerond per leerjaar');
    for (const [name, value] of Object.entries(values)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('draws horizontal bars in percent per group and series, none where the share is hidden', async () => {
    const { fixture, element } = await render(inputs);
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective).chart;
    expect(chart?.options.indexAxis).toBe('y');
    expect(chart?.data.labels).toEqual(['leerjaar 3', 'leerjaar 4']);
    expect(chart?.data.datasets.map((dataset) => dataset.data)).toEqual([
      [70, null],
      [63.3, null],
    ]);
    expect(chart?.data.datasets[1].backgroundColor).toBe(KOERS_PALETTE[5]);
    expect([...element.querySelectorAll('.legend li')].map((item) => item.textContent?.trim())).toEqual(['Bereikt', 'Afgerond']);
    expect(element.querySelector('.summary')?.textContent).toBe('Het meest bereikt: leerjaar 3 (70 %).');
    expect((fixture.nativeElement as HTMLElement).style.getPropertyValue('--app-chart-height')).toBe('160px');
  });

  it('shows the page’s cell texts, or the share, or a dash, as a table', async () => {
    const { element, loader, fixture } = await render(inputs);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }))).click();
    await fixture.whenStable();
    expect([...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim())).toEqual(['Leerjaar', 'Bereikt', 'Afgerond']);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['leerjaar 3', '21 van 30 (70 %)', `63${NBSP}%`],
      ['leerjaar 4', '<5 van 8', '–'],
    ]);
  });

  it('shows a skeleton while loading', async () => {
    const { element } = await render({ loading: true });
    expect(element.querySelector('[role="status"]')).not.toBeNull();
    expect(element.querySelector('canvas')).toBeNull();
  });
});
