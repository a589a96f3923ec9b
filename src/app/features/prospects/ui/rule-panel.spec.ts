import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { KansrijkRuleChange } from '@koers/contracts';
import { ruleState } from '../testing/prospects-fixtures';
import { RulePanel } from './rule-panel';

describe('RulePanel', () => {
  function render() {
    const fixture = TestBed.createComponent(RulePanel);
    fixture.componentRef.setInput('rule', ruleState());
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('states the current rule in one sentence with version, who and when', async () => {
    const { fixture } = render();
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('.current')?.textContent?.trim()).toBe(
      'Een opleiding telt als kansrijk bij een Koers-score van 4 of hoger (versie 2, gewijzigd door Ingrid de Vries op 2-11-2026).',
    );
  });

  it('lists the history newest first', async () => {
    const { fixture } = render();
    await fixture.whenStable();
    const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('.history li strong')].map((item) => item.textContent?.trim());
    expect(items).toEqual(['Versie 2: kansrijk bij score 4 of hoger', 'Versie 1: kansrijk bij score 3 of hoger']);
  });

  it('needs a reason of at least 3 characters before it sends a change', async () => {
    const { fixture, loader } = render();
    const sent: KansrijkRuleChange[] = [];
    fixture.componentInstance.changed.subscribe((change) => sent.push(change));
    const submit = await loader.getHarness(MatButtonHarness.with({ text: 'Nieuwe versie opslaan' }));
    await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('ok');
    await submit.click();
    expect(sent).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Schrijf in 3 tot 500 tekens waarom.');

    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: '3 of hoger' });
    await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('  Meer opleidingen tellen mee.  ');
    await submit.click();
    expect(sent).toEqual([{ minScore: 3, note: 'Meer opleidingen tellen mee.' }]);
  });
});
