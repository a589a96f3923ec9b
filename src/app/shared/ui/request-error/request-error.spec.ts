import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { appError } from '../../../testing/fixtures';
import { RequestError } from './request-error';

describe('RequestError', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  async function render(error = appError('unavailable', { status: 0 }), retryable = true) {
    const fixture = TestBed.createComponent(RequestError);
    fixture.componentRef.setInput('error', error);
    fixture.componentRef.setInput('retryable', retryable);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return { fixture, loader, element: fixture.nativeElement as HTMLElement };
  }

  it('explains in Dutch that Koers cannot be reached', async () => {
    const { element } = await render();
    expect(element.textContent).toContain('Koers is even niet bereikbaar. Controleer je verbinding en probeer het opnieuw.');
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('emits retry when "Opnieuw proberen" is clicked', async () => {
    const { fixture, loader } = await render();
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    const button = await loader.getHarness(MatButtonHarness.with({ text: /Opnieuw proberen/ }));
    await button.click();
    expect(retried).toBe(1);
  });

  it('offers no retry button when trying again cannot help', async () => {
    const { loader } = await render(appError('invalid_credentials', { status: 401 }), false);
    expect(await loader.getAllHarnesses(MatButtonHarness)).toEqual([]);
  });

  it('says how long to wait after too many attempts', async () => {
    const { element } = await render(appError('rate_limited', { status: 429, retryAfterSeconds: 90 }), false);
    expect(element.textContent).toContain('Wacht 2 minuten');
  });
});
