import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { By } from '@angular/platform-browser';
import { KOERS_PALETTE } from '@koers/contracts';
import { BaseChartDirective } from 'ng2-charts';
import { I18n } from '../../core/i18n/i18n';
import { provideKoersCharts } from './chart-setup';
import { DistributionChart, mostFrequent } from './distribution-chart';

const NBSP = '\u00a0';

describe('mostFrequent', () => {
  it('names every category tied for the highest count, and none when nobody answered', () => {
    expect(mostFrequent(['1', '2', '3'], [2, 5, 5])).toEqual({ categories: ['2', '3'], count: 5 });
    expect(mostFrequent(['ja', 'nee'], [0, 0])).toEqual({ categories: [], count: 0 });
  });
});

describe('DistributionChart', () => {
  async function render(inputs: Record<string, unknown>, language: 'nl' | 'en' = 'nl') {
    TestBed.configureTestingModule({ providers: [provideKoersCharts()] });
    TestBed.inject(I18n).use(language);
    const fixture = TestBed.createComponent(DistributionChart);
    fixture.componentRef.setInput('title', 'Hoe echt voelde dit?');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  const realism = { categories: ['1', '2', '3', '4', '5'], counts: [1, 2, 4, 9, 4], categoryLabel: 'Score' };

  it('names the most frequent answer and n', async () => {
    const { element } = await render(realism);
    expect(element.querySelector('.summary')?.textContent).toBe('Meest gekozen: 4 (9 van 20).');
  });

  it('names all tied answers, in English too', async () => {
    const { element } = await render({ categories: ['Yes', 'A little', 'No'], counts: [6, 6, 2] }, 'en');
    expect(element.querySelector('.summary')?.textContent).toBe('Most chosen: Yes and A little (6 of 14 each).');
  });

  it('draws one bar per category with the counts, in the chosen palette colour', async () => {
    const { fixture } = await render({ ...realism, colorIndex: 2 });
    const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective).chart;
    expect(chart?.data.labels).toEqual(['1', '2', '3', '4', '5']);
    expect(chart?.data.datasets[0].data).toEqual([1, 2, 4, 9, 4]);
    expect(chart?.data.datasets[0].backgroundColor).toBe(KOERS_PALETTE[2]);
  });

  it('shows the same counts with shares and the total as a table when "Toon als tabel" is pressed', async () => {
    const { element, loader, fixture } = await render(realism);
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }));
    await toggle.click();
    await fixture.whenStable();
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
    const headers = [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());
    expect(headers).toEqual(['Score', 'Aantal', 'Aandeel']);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['1', '1', `5${NBSP}%`],
      ['2', '2', `10${NBSP}%`],
      ['3', '4', `20${NBSP}%`],
      ['4', '9', `45${NBSP}%`],
      ['5', '4', `20${NBSP}%`],
      ['Totaal', '20', `100${NBSP}%`],
    ]);
    expect(element.querySelector('caption')?.textContent).toBe('Hoe echt voelde dit?');
  });

  it('says there are no answers yet, without a chart', async () => {
    const { element } = await render({ categories: ['Ja', 'Een beetje', 'Nee'], counts: [0, 0, 0] });
    expect(element.querySelector('.summary')?.textContent).toBe('Nog geen antwoorden.');
    expect(element.querySelector('canvas')).toBeNull();
  });

  it('shows a skeleton while loading', async () => {
    const { element } = await render({ loading: true });
    expect(element.querySelector('[role="status"]')).not.toBeNull();
    expect(element.querySelector('.skeleton')).not.toBeNull();
    expect(element.querySelector('canvas')).toBeNull();
  });
});
