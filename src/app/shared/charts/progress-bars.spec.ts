import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { I18n } from '../../core/i18n/i18n';
import { ProgressBars } from './progress-bars';

const NBSP = '\u00a0';

describe('ProgressBars', () => {
  async function render(inputs: Record<string, unknown>) {
    TestBed.inject(I18n).use('nl');
    const fixture = TestBed.createComponent(ProgressBars);
    fixture.componentRef.setInput('title', 'Voortgang van de klas');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  const items = [
    { label: 'Begonnen', value: 12, total: 25 },
    { label: 'Afgerond', value: 5, total: 25 },
  ];

  it('writes each figure out next to a bar of the same length', async () => {
    const { element } = await render({ items });
    expect(element.querySelector('.summary')?.textContent).toBe('Begonnen 12 van 25; Afgerond 5 van 25');
    const labels = [...element.querySelectorAll('.bars .label')].map((label) => label.textContent);
    expect(labels).toEqual([`Begonnen: 12 van 25 (48${NBSP}%)`, `Afgerond: 5 van 25 (20${NBSP}%)`]);
    const widths = [...element.querySelectorAll<HTMLElement>('.fill')].map((fill) => fill.style.width);
    expect(widths).toEqual(['48%', '20%']);
  });

  it('shows the same numbers as a table when "Toon als tabel" is pressed', async () => {
    const { element, loader, fixture } = await render({ items, summary: 'Begonnen 12 van 25, afgerond 5 van 25.' });
    expect(element.querySelector('.summary')?.textContent).toBe('Begonnen 12 van 25, afgerond 5 van 25.');
    const toggle = await loader.getHarness(MatButtonHarness.with({ text: /Toon als tabel/ }));
    await toggle.click();
    await fixture.whenStable();
    expect(await (await toggle.host()).getAttribute('aria-pressed')).toBe('true');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Begonnen', '12', '25', `48${NBSP}%`],
      ['Afgerond', '5', '25', `20${NBSP}%`],
    ]);
    expect(element.querySelector('.bars')).toBeNull();
  });

  it('draws an empty bar, not a broken one, for an empty class', async () => {
    const { element } = await render({ items: [{ label: 'Begonnen', value: 0, total: 0 }] });
    expect(element.querySelector<HTMLElement>('.fill')?.style.width).toBe('0%');
  });

  it('shows a skeleton while loading', async () => {
    const { element } = await render({ loading: true });
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Grafiek laden…');
    expect(element.querySelector('.bars')).toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });
});
