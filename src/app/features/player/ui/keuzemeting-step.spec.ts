import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { type Keuzemeting, keuzemetingProblems } from '@koers/contracts';
import { KeuzemetingStep } from './keuzemeting-step';

describe('KeuzemetingStep', () => {
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
});
