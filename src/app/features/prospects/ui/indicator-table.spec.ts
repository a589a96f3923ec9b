import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatChipSetHarness } from '@angular/material/chips/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { indicator } from '../testing/prospects-fixtures';
import { IndicatorTable, indicatorLabels } from './indicator-table';

describe('IndicatorTable', () => {
  async function render(indicators: ReturnType<typeof indicator>[]) {
    const fixture = TestBed.createComponent(IndicatorTable);
    fixture.componentRef.setInput('indicators', indicators);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, loader };
  }

  it('shows the value verbatim, the score as "4 van 5", the source, year, period and region', async () => {
    const { loader } = await render([indicator()]);
    const table = await loader.getHarness(MatTableHarness);
    const columns = await table.getCellTextByColumnName();
    // The status label sits under the name, so it stays in view on narrow screens.
    expect(columns['target'].text).toEqual(['Sector Zorg & welzijn (alle niveaus)handmatig ingeschat']);
    expect(columns['value'].text).toEqual(['tekorten verwacht']);
    expect(columns['score'].text).toEqual(['4 van 5']);
    // Year, period and region are listed under the source.
    expect(columns['source'].text[0]).toContain('UWV, Arbeidsmarktprognose 2024-2025');
    expect(columns['source'].text[0]).toContain('Jaar2024');
    expect(columns['source'].text[0]).toContain('Periode2024-2025');
    expect(columns['source'].text[0]).toContain('Regiolandelijk');
  });

  it('links the source when it has a url, opening in a new tab', async () => {
    const { fixture } = await render([indicator()]);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a');
    expect(link?.getAttribute('href')).toContain('uwv.nl');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('labels illustrative, outdated and regional values in words', async () => {
    const { loader } = await render([indicator({ status: 'illustratief', outdated: true, region: 'Midden-Utrecht' })]);
    const chips = await (await loader.getHarness(MatChipSetHarness)).getChips();
    const texts = await Promise.all(chips.map((chip) => chip.getText()));
    expect(texts).toEqual(['illustratief', 'verouderd', 'regionaal']);
  });

  it('shows "handmatig ingeschat" and no extra labels for a current national value entered by hand', async () => {
    const { loader } = await render([indicator({ status: 'handmatig' })]);
    const chips = await (await loader.getHarness(MatChipSetHarness)).getChips();
    expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual(['handmatig ingeschat']);
  });

  it('names an opleiding with its type and code', async () => {
    const { loader } = await render([indicator({ scope: 'opleiding', opleiding: { id: 'op-1', name: 'Verpleegkundige', code: '25480', type: 'mbo' } })]);
    const columns = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(columns['target'].text).toEqual(['Verpleegkundige (mbo, 25480)handmatig ingeschat']);
  });

  it('names the value in the withdraw button for screen readers', async () => {
    const { loader } = await render([indicator()]);
    const button = await loader.getHarness(MatButtonHarness.with({ text: 'Intrekken' }));
    expect(await (await button.host()).getAttribute('aria-label')).toBe('Waarde voor Sector Zorg & welzijn intrekken');
  });

  it('derives the labels from the data: outdated, and regional for any region but "landelijk"', () => {
    expect(indicatorLabels(indicator())).toEqual([]);
    expect(indicatorLabels(indicator({ outdated: true, region: 'Groningen' }))).toEqual(['outdated', 'regional']);
  });
});
