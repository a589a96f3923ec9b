import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { type Keuzemeting, type Opleiding, keuzemetingProblems } from '@koers/contracts';
import { type Observable, of } from 'rxjs';
import { OpleidingenSearch } from '../data/opleidingen-search';
import { OPLEIDING_SEARCH_DEBOUNCE_MS, KeuzemetingStep } from './keuzemeting-step';

const verpleegkunde: Opleiding = {
  id: 'opl-verpleegkunde-mbo',
  type: 'mbo',
  name: 'Verpleegkunde',
  code: '25655',
  niveau: 4,
  mboDomein: 'Zorg en welzijn',
  crohoSector: null,
  sector: 'zorg-welzijn',
  beroepen: ['verpleegkundige'],
};
const hboV: Opleiding = { ...verpleegkunde, id: 'opl-hbo-v', type: 'hbo', name: 'HBO-Verpleegkunde', code: '34560', niveau: null, mboDomein: null, crohoSector: 'Gezondheidszorg' };

/** A fake catalogue search: answers from a fixed list and remembers what it was asked. */
class FakeOpleidingenSearch {
  readonly queries: string[] = [];
  search(query: string): Observable<readonly Opleiding[]> {
    this.queries.push(query);
    return of([verpleegkunde, hboV].filter((o) => o.name.toLowerCase().includes(query.toLowerCase())));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeuzemetingStep', () => {
  let search: FakeOpleidingenSearch;
  beforeEach(() => {
    search = new FakeOpleidingenSearch();
    TestBed.configureTestingModule({ providers: [{ provide: OpleidingenSearch, useValue: search }] });
  });

  async function setUp() {
    const fixture = TestBed.createComponent(KeuzemetingStep);
    fixture.componentRef.setInput('moment', 'voor');
    const emitted: Keuzemeting[] = [];
    fixture.componentInstance.measured.subscribe((meting) => emitted.push(meting));
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const next = () => loader.getHarness(MatButtonHarness.with({ text: 'Volgende' })).then((button) => button.click());
    const certainty = (value: string) => loader.getHarness(MatButtonToggleHarness.with({ text: value })).then((toggle) => toggle.check());
    return { fixture, emitted, loader, next, certainty };
  }
  const alert = (element: HTMLElement) => element.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  it('sends choices in order with the certainty, as a valid keuzemeting', async () => {
    const { fixture, emitted, loader, next, certainty } = await setUp();
    const sector = await loader.getHarness(MatSelectHarness);
    await sector.open();
    await sector.clickOptions({ text: 'Zorg & welzijn' });
    await (await loader.getHarness(MatButtonHarness.with({ text: /Nog een keuze/ }))).click();
    await (await loader.getAllHarnesses(MatButtonToggleHarness.with({ text: 'Een opleiding' })))[1].check();
    await (await loader.getHarness(MatInputHarness.with({ selector: 'input' }))).setValue('  Verpleegkunde ');
    await certainty('4');
    await next();
    expect(alert(fixture.nativeElement)).toBe('');
    expect(emitted).toEqual([
      {
        choices: [
          { kind: 'sector', sector: 'zorg-welzijn' },
          { kind: 'opleiding', opleidingId: null, label: 'Verpleegkunde', sector: null },
        ],
        certainty: 4,
        reason: '',
      },
    ]);
    expect(keuzemetingProblems(emitted[0])).toEqual([]);
  });

  it('says what is missing and sends nothing', async () => {
    const { fixture, emitted, next, certainty } = await setUp();
    await next();
    expect(alert(fixture.nativeElement)).toContain('Kies minstens één richting');
    await (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatCheckboxHarness)).check();
    await next();
    expect(alert(fixture.nativeElement)).toContain('Geef aan hoe zeker je bent');
    expect(emitted).toEqual([]);
    await certainty('1');
    await next();
    expect(emitted).toEqual([{ choices: [{ kind: 'weet-niet' }], certainty: 1, reason: '' }]);
  });

  it('refuses the same choice twice', async () => {
    const { fixture, emitted, loader, next, certainty } = await setUp();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Nog een keuze/ }))).click();
    const [first, second] = await loader.getAllHarnesses(MatSelectHarness);
    await first.open();
    await first.clickOptions({ text: 'ICT' });
    await second.open();
    await second.clickOptions({ text: 'ICT' });
    await certainty('3');
    await next();
    expect(alert(fixture.nativeElement)).toContain('al genoemd');
    expect(emitted).toEqual([]);
  });

  async function typeOpleiding(loader: Awaited<ReturnType<typeof setUp>>['loader'], text: string) {
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Een opleiding' }))).check();
    const autocomplete = await loader.getHarness(MatAutocompleteHarness);
    await autocomplete.enterText(text);
    await pause(OPLEIDING_SEARCH_DEBOUNCE_MS + 50);
    return autocomplete;
  }

  it('offers catalogue opleidingen with level and sector, and sends the picked one with its id and sector', async () => {
    const { fixture, emitted, loader, next, certainty } = await setUp();
    const autocomplete = await typeOpleiding(loader, 'verpleeg');
    expect(search.queries).toEqual(['verpleeg']);
    const options = await autocomplete.getOptions();
    expect(await Promise.all(options.map(async (option) => (await option.getText()).replace(/\s+/g, ' ')))).toEqual([
      'Verpleegkunde mbo 4 · Zorg & welzijn',
      'HBO-Verpleegkunde hbo · Zorg & welzijn',
    ]);
    await autocomplete.selectOption({ text: /^Verpleegkunde/ });
    expect(await autocomplete.getValue()).toBe('Verpleegkunde');
    await certainty('5');
    await next();
    expect(alert(fixture.nativeElement)).toBe('');
    expect(emitted).toEqual([
      { choices: [{ kind: 'opleiding', opleidingId: 'opl-verpleegkunde-mbo', label: 'Verpleegkunde', sector: 'zorg-welzijn' }], certainty: 5, reason: '' },
    ]);
    expect(keuzemetingProblems(emitted[0])).toEqual([]);
  });

  it('keeps the student\'s own text when nothing in the catalogue fits, and says so in the hint', async () => {
    const { fixture, emitted, loader, next, certainty } = await setUp();
    const autocomplete = await typeOpleiding(loader, 'Circusartiest');
    expect(await autocomplete.isOpen()).toBeFalse();
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-hint')?.textContent).toContain('Staat je opleiding er niet bij? Typ hem dan gewoon in.');
    await certainty('2');
    await next();
    expect(emitted).toEqual([{ choices: [{ kind: 'opleiding', opleidingId: null, label: 'Circusartiest', sector: null }], certainty: 2, reason: '' }]);
  });

  it('forgets a picked opleiding once the student changes the text', async () => {
    const { emitted, loader, next, certainty } = await setUp();
    const autocomplete = await typeOpleiding(loader, 'verpleeg');
    await autocomplete.selectOption({ text: /^Verpleegkunde/ });
    await autocomplete.enterText(' en zorg');
    await certainty('3');
    await next();
    expect(emitted[0].choices).toEqual([{ kind: 'opleiding', opleidingId: null, label: 'Verpleegkunde en zorg', sector: null }]);
  });

  it('does not search for a single character', async () => {
    const { loader } = await setUp();
    const autocomplete = await typeOpleiding(loader, 'v');
    expect(search.queries).toEqual([]);
    expect(await autocomplete.isOpen()).toBeFalse();
  });
});
