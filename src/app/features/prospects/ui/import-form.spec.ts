import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { ProspectImportReport, ProspectImportRequest } from '@koers/contracts';
import { report, TWO_PROBLEMS } from '../testing/prospects-fixtures';
import { ImportForm } from './import-form';

describe('ImportForm', () => {
  function render(value: ProspectImportReport | null) {
    const fixture = TestBed.createComponent(ImportForm);
    fixture.componentRef.setInput('report', value);
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  const button = (loader: ReturnType<typeof render>['loader'], text: string | RegExp) => loader.getHarness(MatButtonHarness.with({ text }));

  it('shows the problems of a trial import in a table with line, column and reason', async () => {
    const { loader } = render(report({ rows: 3, validRows: 2, problems: [...TWO_PROBLEMS] }));
    const table = await loader.getHarness(MatTableHarness.with({ selector: '.problems' }));
    const rows = await table.getCellTextByIndex();
    expect(rows[0]).toEqual(['4', 'waarde', 'Onbekende waarde voor dit formaat: Regel 4: "tekorten verwacht" is geen SBB-niveau.']);
    expect(rows[1][0]).toBe('hele bestand');
    expect(rows[1][1]).toBe('hele rij');
  });

  it('shows the detected encoding and delimiter and the counts', async () => {
    const { fixture } = render(report());
    await fixture.whenStable();
    const pairs = [...(fixture.nativeElement as HTMLElement).querySelectorAll('dl > div')].map((pair) =>
      [pair.querySelector('dt'), pair.querySelector('dd')].map((cell) => cell?.textContent?.trim()).join(': '),
    );
    expect(pairs).toEqual([
      'Tekenset: windows-1252',
      'Scheidingsteken: puntkomma (;)',
      'Rijen: 3',
      'Geldige rijen: 3',
      'Nieuw: 2',
      'Gewijzigd: 1',
      'Ongewijzigd: 0',
      'Verwijderd: 0',
    ]);
  });

  it('disables Importeren while the report has problems and offers to import only the valid rows', async () => {
    const { loader } = render(report({ rows: 3, validRows: 2, problems: [...TWO_PROBLEMS] }));
    expect(await (await button(loader, 'Importeren')).isDisabled()).toBeTrue();
    expect(await (await button(loader, 'Alleen de geldige rijen importeren')).isDisabled()).toBeFalse();
    expect(await (await button(loader, /Foutenrapport downloaden/)).isDisabled()).toBeFalse();
  });

  it('disables Importeren before any trial import', async () => {
    const { loader } = render(null);
    expect(await (await button(loader, 'Importeren')).isDisabled()).toBeTrue();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Alleen de geldige rijen importeren' }))).toEqual([]);
  });

  it('enables Importeren after a clean trial import', async () => {
    const { loader } = render(report());
    expect(await (await button(loader, 'Importeren')).isDisabled()).toBeFalse();
  });

  it('does not import a trial-checked file while an import is running', async () => {
    const { fixture, loader } = render(report());
    fixture.componentRef.setInput('busy', true);
    expect(await (await button(loader, 'Importeren')).isDisabled()).toBeTrue();
  });

  it('explains every CSV column', async () => {
    const { fixture } = render(null);
    await fixture.whenStable();
    const doc = (fixture.nativeElement as HTMLElement).querySelector('.doc')?.textContent ?? '';
    for (const column of ['code', 'opleiding', 'sector', 'niveau', 'waarde', 'toelichting']) expect(doc).toContain(column);
  });

  async function chooseFile(fixture: ReturnType<typeof render>['fixture'], text: string) {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input');
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'sbb-2026.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    // FileReader answers on a later task; wait until the form says which file it holds.
    const status = () => (fixture.nativeElement as HTMLElement).querySelector('#prospect-import-file-status')?.textContent ?? '';
    for (let tries = 0; tries < 100 && !status().includes('Gekozen: sbb-2026.csv'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fixture.whenStable();
    }
  }

  it('sends a trial import with the file as base64 and the form fields', async () => {
    const { fixture, loader } = render(null);
    const sent: ProspectImportRequest[] = [];
    fixture.componentInstance.requested.subscribe((request) => sent.push(request));
    await chooseFile(fixture, 'code;waarde\n25480;goed\n');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=source]' }))).setValue('SBB Kans op werk');
    await (await button(loader, 'Controleren (proefimport)')).click();
    expect(sent.length).toBe(1);
    expect(sent[0]).toEqual(
      jasmine.objectContaining({
        format: 'sbb-kans-op-werk',
        source: 'SBB Kans op werk',
        region: 'landelijk',
        status: 'geimporteerd',
        scale: null,
        fileName: 'sbb-2026.csv',
        fileBase64: btoa('code;waarde\n25480;goed\n'),
        dryRun: true,
        onlyValidRows: false,
      }),
    );
  });

  it('forgets the scale after switching back from numeric values', async () => {
    const { fixture, loader } = render(null);
    const sent: ProspectImportRequest[] = [];
    fixture.componentInstance.requested.subscribe((request) => sent.push(request));
    await chooseFile(fixture, 'code;waarde\n25480;goed\n');
    const format = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName=format]' }));
    await format.clickOptions({ text: 'Getal op een schaal' });
    await format.clickOptions({ text: 'ROA-typering' });
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=source]' }))).setValue('ROA');
    await (await button(loader, 'Controleren (proefimport)')).click();
    expect(sent.map((request) => [request.format, request.scale])).toEqual([['roa-typering', null]]);
  });

  it('sends nothing without a file and says a file is needed', async () => {
    const { fixture, loader } = render(null);
    const sent: ProspectImportRequest[] = [];
    fixture.componentInstance.requested.subscribe((request) => sent.push(request));
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=source]' }))).setValue('SBB Kans op werk');
    await (await button(loader, 'Controleren (proefimport)')).click();
    expect(sent).toEqual([]);
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Kies een CSV-bestand.');
  });

  it('asks for the scale only for numeric values, and shows its five bands', async () => {
    const { fixture, loader } = render(null);
    expect(await loader.getAllHarnesses(MatInputHarness.with({ selector: '[formControlName=scaleMin]' }))).toEqual([]);
    await (await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName=format]' }))).clickOptions({ text: 'Getal op een schaal' });
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=scaleMin]' }))).setValue('0');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=scaleMax]' }))).setValue('10');
    await fixture.whenStable();
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('app-format-mapping tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()).join(' | '));
    expect(rows).toEqual(['van 0 tot 2 | 1 van 5', 'van 2 tot 4 | 2 van 5', 'van 4 tot 6 | 3 van 5', 'van 6 tot 8 | 4 van 5', 'van 8 tot en met 10 | 5 van 5']);
  });

  it('shows the ROA typeringen from the contracts for the ROA format', async () => {
    const { fixture, loader } = render(null);
    await (await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName=format]' }))).clickOptions({ text: 'ROA-typering' });
    await fixture.whenStable();
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('app-format-mapping tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()).join(' | '));
    expect(rows).toEqual(['"zeer goed" | 5 van 5', '"goed" | 4 van 5', '"redelijk" | 3 van 5', '"matig" | 2 van 5', '"slecht" | 1 van 5']);
  });
});
