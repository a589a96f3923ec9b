import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { By } from '@angular/platform-browser';
import { BaseChartDirective } from 'ng2-charts';
import { I18n } from '../../core/i18n/i18n';
import { SankeyChart, largestFlow, sankeyData } from './sankey-chart';

const FLOWS = [
  { from: 'Zorg & welzijn', to: 'Zorg & welzijn', count: 6 },
  { from: 'Weet ik nog niet', to: 'ICT', count: 8 },
  { from: 'Overig', to: 'Overig', count: 9 },
];

describe('sankeyData', () => {
  it('keeps the same category before and after apart and leaves out empty flows', () => {
    const { data, labels } = sankeyData([...FLOWS.slice(0, 1), { from: 'ICT', to: 'Zorg & welzijn', count: 0 }]);
    expect(data).toEqual([{ from: 'voor:Zorg & welzijn', to: 'na:Zorg & welzijn', flow: 6 }]);
    expect(labels).toEqual({ 'voor:Zorg & welzijn': 'Zorg & welzijn', 'na:Zorg & welzijn': 'Zorg & welzijn' });
  });

  it('finds the largest flow, the first of equals, and none in an empty chart', () => {
    expect(largestFlow(FLOWS)).toEqual(FLOWS[2]!);
    expect(largestFlow([FLOWS[0]!, { ...FLOWS[1]!, count: 6 }])).toEqual(FLOWS[0]!);
    expect(largestFlow([])).toBeNull();
  });
});

describe('SankeyChart', () => {
  async function render(flows: readonly { from: string; to: string; count: number }[], language: 'nl' | 'en' = 'nl') {
    TestBed.inject(I18n).use(language);
    const fixture = TestBed.createComponent(SankeyChart);
    fixture.componentRef.setInput('title', 'Stromen');
    fixture.componentRef.setInput('flows', flows);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('draws a sankey chart and says in words what the largest flow is', async () => {
    const { fixture, element } = await render(FLOWS);
    expect(element.querySelector('.summary')?.textContent).toBe('Grootste groep: bleef bij Overig (9 van 23 leerlingen in de grafiek).');
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective);
    expect(chart.type).toBe('sankey');
    expect((chart.data?.datasets[0]?.data as unknown[]).length).toBe(3);
  });

  it('names a flow between two categories in English', async () => {
    const { element } = await render(FLOWS.slice(0, 2), 'en');
    expect(element.querySelector('.summary')?.textContent).toBe('Largest flow: from Weet ik nog niet to ICT (8 of 14 students in the chart).');
  });

  it('shows every flow in a table on request', async () => {
    const { element, loader, fixture } = await render(FLOWS);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }))).click();
    await fixture.whenStable();
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Zorg & welzijn', 'Zorg & welzijn', '6'],
      ['Weet ik nog niet', 'ICT', '8'],
      ['Overig', 'Overig', '9'],
    ]);
  });

  it('says so when there is nothing to draw', async () => {
    const { element } = await render([]);
    expect(element.querySelector('.summary')?.textContent).toBe('Nog geen stromen om te tonen.');
    expect(element.querySelector('canvas')).toBeNull();
  });
});
