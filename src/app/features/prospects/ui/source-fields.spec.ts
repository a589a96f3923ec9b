import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { AppError } from '../../../core/http/app-error';
import { appError } from '../../../testing/fixtures';
import { fieldError, SourceFields, sourceControls, sourcePayload } from './source-fields';

@Component({
  selector: 'app-source-fields-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, SourceFields],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-source-fields [group]="form" [maxYear]="maxYear" [serverError]="serverError" />
      <button type="submit">Opslaan</button>
    </form>
  `,
})
class Host {
  readonly maxYear = 2030;
  readonly error = signal<AppError | null>(null);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly form = this.fb.group({ ...sourceControls(this.fb, this.maxYear) });
  readonly serverError = (field: string) => fieldError(this.error(), field);

  submit(): void {
    this.form.markAllAsTouched();
  }
}

describe('SourceFields', () => {
  function render() {
    const fixture = TestBed.createComponent(Host);
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture), element: fixture.nativeElement as HTMLElement };
  }

  it('renders the five source fields with their labels, bound to the parent form', async () => {
    const { fixture, loader } = render();
    const labels = await Promise.all((await loader.getAllHarnesses(MatFormFieldHarness)).map((field) => field.getLabel()));
    expect(labels.length).toBe(5);
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=region]' }))).getValue()).toBe('landelijk');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName=source]' }))).setValue('UWV');
    expect(fixture.componentInstance.form.controls.source.value).toBe('UWV');
    expect(fixture.componentInstance.form.valid).toBeTrue();
  });

  it('keeps the parent form invalid without a source and shows the error once the parent submits', async () => {
    const { fixture, loader, element } = render();
    expect(fixture.componentInstance.form.invalid).toBeTrue();
    const source = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: /^Bron/ }));
    expect(await source.hasErrors()).toBeFalse();
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    expect(await source.hasErrors()).toBeTrue();
  });

  it('shows the error of a value the parent sets, though no input of the fields changed', async () => {
    const { fixture, loader } = render();
    const region = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: /^Regio/ }));
    expect(await region.hasErrors()).toBeFalse();
    fixture.componentInstance.form.controls.region.setValue('');
    fixture.componentInstance.form.markAllAsTouched();
    await fixture.whenStable();
    expect(await region.getTextErrors()).toEqual(['Geef "landelijk" of een regio (2 tot 80 tekens).']);
  });

  it('shows the server’s message next to the field it is about', async () => {
    const { fixture, element } = render();
    fixture.componentInstance.error.set(appError('validation', { fieldErrors: [{ field: 'region', message: 'Onbekende regio.' }] }));
    await fixture.whenStable();
    const hints = [...element.querySelectorAll('.server-error')];
    expect(hints.map((hint) => hint.textContent?.trim())).toEqual(['Onbekende regio.']);
    expect(hints[0].closest('mat-form-field')?.querySelector('input')?.getAttribute('formControlName')).toBe('region');
  });

  it('trims the payload and sends empty optional fields as null', () => {
    expect(sourcePayload({ source: '  UWV  ', sourceUrl: '   ', year: '2024' as unknown as number, period: ' ', region: ' landelijk ' })).toEqual({
      source: 'UWV',
      sourceUrl: null,
      year: 2024,
      period: null,
      region: 'landelijk',
    });
    expect(sourcePayload({ source: 'UWV', sourceUrl: ' https://uwv.nl ', year: 2025, period: ' 2025-2026 ', region: 'Utrecht' })).toEqual(
      jasmine.objectContaining({ sourceUrl: 'https://uwv.nl', period: '2025-2026' }),
    );
  });
});
