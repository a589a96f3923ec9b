import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { I18n } from '../../../core/i18n/i18n';
import type { SchoolDashboardFilters } from '../data/school-dashboard-filters';
import { DashboardFiltersForm } from './dashboard-filters-form';

describe('DashboardFiltersForm', () => {
  async function render(filters: SchoolDashboardFilters, dateErrors = { from: null as string | null, to: null as string | null }) {
    TestBed.inject(I18n).use('nl');
    const fixture = TestBed.createComponent(DashboardFiltersForm);
    fixture.componentRef.setInput('filters', filters);
    fixture.componentRef.setInput('dateErrors', dateErrors);
    const emitted: SchoolDashboardFilters[] = [];
    fixture.componentInstance.filtersChanged.subscribe((value) => emitted.push(value));
    await fixture.whenStable();
    return { fixture, emitted, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('fills in the filters it is given and sends every change whole', async () => {
    const { loader, emitted } = await render({ leerjaar: 3, from: '2026-09-01' });
    const leerjaar = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="leerjaar"]' }));
    expect(await leerjaar.getValueText()).toBe('Leerjaar 3');
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="from"]' }))).getValue()).toBe('2026-09-01');
    const niveau = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="niveau"]' }));
    await niveau.open();
    await niveau.clickOptions({ text: 'havo' });
    expect(emitted).toEqual([{ leerjaar: 3, niveau: 'havo', from: '2026-09-01' }]);
  });

  it('refuses an end date before the start date next to the field, without sending it', async () => {
    const { loader, emitted, element, fixture } = await render({ from: '2026-12-01' });
    const to = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="to"]' }));
    await to.setValue('2026-11-01');
    (await to.host()).dispatchEvent('change');
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('De einddatum ligt vóór de begindatum.');
    expect(emitted).toEqual([]);
  });

  it('shows the server’s message for a date next to its field', async () => {
    const { element } = await render({ from: '2026-09-01', to: '2026-10-01' }, { from: null, to: 'Ongeldige datum (server).' });
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Ongeldige datum (server).');
  });

  it('clears every filter at once', async () => {
    const { loader, emitted } = await render({ niveau: 'vwo', to: '2026-12-31' });
    await (await loader.getHarness(MatButtonHarness.with({ text: /Wis filters/ }))).click();
    expect(emitted).toEqual([{}]);
  });
});
