import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { ChoiceShiftScope } from '@koers/contracts';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { I18n } from '../../../core/i18n/i18n';
import { appError } from '../../../testing/fixtures';
import { scopeKey } from '../data/choice-shift-scope';
import { ChoiceShiftPanelActions } from '../state/choice-shift.actions';
import { type ReportEntry, initialChoiceShiftState } from '../state/choice-shift.feature';
import { fullReport, suppressedReport } from '../testing/choice-shift-fixtures';
import { ChoiceShiftPanel } from './choice-shift-panel';

describe('ChoiceShiftPanel', () => {
  const scope: ChoiceShiftScope = { classId: 'class-1' };
  const stateWith = (entry?: ReportEntry) => ({
    choiceShift: { ...initialChoiceShiftState, reports: entry ? { [scopeKey(scope)]: entry } : {} },
  });

  async function render(entry?: ReportEntry) {
    TestBed.configureTestingModule({ providers: [provideMockStore({ initialState: stateWith(entry) })] });
    TestBed.inject(I18n).use('nl');
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(ChoiceShiftPanel);
    fixture.componentRef.setInput('scope', scope);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, store, element, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('asks for the report of its scope once, and not again for an equal scope', async () => {
    const { fixture, store } = await render();
    expect(store.dispatch).toHaveBeenCalledOnceWith(ChoiceShiftPanelActions.opened({ scope }));
    fixture.componentRef.setInput('scope', { classId: 'class-1' });
    await fixture.whenStable();
    expect(store.dispatch).toHaveBeenCalledTimes(1);
    fixture.componentRef.setInput('scope', { classId: 'class-2' });
    await fixture.whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPanelActions.opened({ scope: { classId: 'class-2' } }));
  });

  it('shows a skeleton with a spoken status while loading', async () => {
    const { element } = await render({ status: 'loading', report: null, error: null });
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Keuzeverschuiving laden…');
    expect(element.querySelector('app-choice-shift-card')).toBeNull();
  });

  it('shows the error with a retry that asks again', async () => {
    const { element, store, loader } = await render({ status: 'failed', report: null, error: appError('unavailable', { status: 503 }) });
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Opnieuw proberen/ }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPanelActions.retryClicked({ scope }));
  });

  it('says what to do when there is no keuzemeting yet', async () => {
    const { element } = await render({ status: 'loaded', report: fullReport({ nPre: 0, nPost: 0, nPaired: 0, responseRate: 0 }), error: null });
    expect(element.textContent).toContain('Nog geen keuzemetingen: plan een les met een keuzemeting vooraf en achteraf.');
    expect(element.querySelector('app-choice-shift-card')).toBeNull();
  });

  it('shows the card once the report is there, suppressed or not', async () => {
    const { element, store, fixture } = await render({ status: 'loaded', report: suppressedReport(), error: null });
    expect(element.querySelector('app-choice-shift-card .suppressed')).not.toBeNull();
    store.setState(stateWith({ status: 'loaded', report: fullReport(), error: null }));
    await fixture.whenStable();
    expect(element.querySelector('app-choice-shift-card .suppressed')).toBeNull();
    expect(element.querySelector('app-choice-shift-card .transitions table')).not.toBeNull();
  });
});
