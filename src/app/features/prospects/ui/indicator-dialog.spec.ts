import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { Opleiding, ProspectIndicatorInput } from '@koers/contracts';
import type { AppError } from '../../../core/http/app-error';
import { appError } from '../../../testing/fixtures';
import { IndicatorDialog, type IndicatorDialogData } from './indicator-dialog';

describe('IndicatorDialog', () => {
  let sent: ProspectIndicatorInput[];
  const error = signal<AppError | null>(null);

  function render() {
    sent = [];
    const data: IndicatorDialogData = {
      opleidingen: signal<readonly Opleiding[]>([]),
      saving: signal(false),
      error,
      search: () => undefined,
      submit: (input) => sent.push(input),
    };
    TestBed.configureTestingModule({ providers: [{ provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close: () => undefined } }] });
    const fixture = TestBed.createComponent(IndicatorDialog);
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  const input = (loader: ReturnType<typeof render>['loader'], name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName=${name}]` }));

  it('sends a sector-level value as the source says it, with the chosen score and region "landelijk"', async () => {
    const { loader } = render();
    await (await loader.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Per sector' });
    await (await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName=sector]' }))).clickOptions({ text: 'Zorg & welzijn' });
    await (await input(loader, 'value')).setValue('tekorten verwacht');
    await (await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName=score]' }))).clickOptions({ text: '4 van 5' });
    await (await input(loader, 'source')).setValue('UWV, Arbeidsmarktprognose 2024-2025');
    await (await input(loader, 'year')).setValue('2024');
    await (await input(loader, 'period')).setValue('2024-2025');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Opslaan' }))).click();
    expect(sent).toEqual([
      {
        scope: 'sector',
        opleidingId: null,
        sector: 'zorg-welzijn',
        level: 'alle',
        value: 'tekorten verwacht',
        score: 4,
        source: 'UWV, Arbeidsmarktprognose 2024-2025',
        sourceUrl: null,
        year: 2024,
        period: '2024-2025',
        region: 'landelijk',
        note: '',
      },
    ]);
  });

  it('sends nothing while an opleiding is typed but not picked from the list, and says so', async () => {
    const { fixture, loader } = render();
    await (await input(loader, 'opleiding')).setValue('Verpleeg');
    await (await input(loader, 'value')).setValue('goed');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Opslaan' }))).click();
    expect(sent).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Kies een opleiding uit de lijst.');
  });

  it('shows the server’s message next to the field it is about', async () => {
    const { fixture } = render();
    error.set(appError('validation', { fieldErrors: [{ field: '/year', message: 'Het jaar ligt te ver in de toekomst.' }] }));
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Het jaar ligt te ver in de toekomst.');
    error.set(null);
  });
});
