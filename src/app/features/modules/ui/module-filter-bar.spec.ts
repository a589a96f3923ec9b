import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { ModuleFilters } from '@koers/contracts';
import { ModuleFilterBar } from './module-filter-bar';

describe('ModuleFilterBar', () => {
  async function setUp(filters: ModuleFilters, active = false) {
    const fixture = TestBed.createComponent(ModuleFilterBar);
    fixture.componentRef.setInput('filters', filters);
    fixture.componentRef.setInput('active', active);
    const emitted: ModuleFilters[] = [];
    fixture.componentInstance.changed.subscribe((value) => emitted.push(value));
    return { loader: TestbedHarnessEnvironment.loader(fixture), emitted };
  }

  it('adds a chosen sector to the current filters', async () => {
    const { loader, emitted } = await setUp({ q: 'zorg' });
    const sector = (await loader.getAllHarnesses(MatSelectHarness))[1];
    await sector.open();
    await sector.clickOptions({ text: 'ICT' });
    expect(emitted.at(-1)).toEqual({ q: 'zorg', sector: 'ict' });
  });

  it('removes the search when it is emptied', async () => {
    const { loader, emitted } = await setUp({ q: 'zorg', niveau: 'havo' });
    const search = await loader.getHarness(MatInputHarness);
    await search.setValue('');
    await search.blur();
    expect(emitted.at(-1)).toEqual({ niveau: 'havo' });
  });

  it('offers "Filters wissen" only while a filter is on, and clears them all', async () => {
    const off = await setUp({});
    expect(await off.loader.getAllHarnesses(MatButtonHarness.with({ text: 'Filters wissen' }))).toEqual([]);
    const on = await setUp({ sector: 'ict' }, true);
    await (await on.loader.getHarness(MatButtonHarness.with({ text: 'Filters wissen' }))).click();
    expect(on.emitted.at(-1)).toEqual({});
  });
});
