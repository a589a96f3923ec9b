import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/state/auth.feature';
import { I18n } from '../../../core/i18n/i18n';
import { classSummary, staffUser } from '../../../testing/fixtures';
import { ChoiceShiftPageActions, ChoiceShiftPanelActions } from '../state/choice-shift.actions';
import { initialChoiceShiftState, pairingsAdapter } from '../state/choice-shift.feature';
import { pairing, schedule } from '../testing/choice-shift-fixtures';
import { ChoiceShiftPage } from './choice-shift-page';

describe('ChoiceShiftPage', () => {
  async function open(url: string, roles: Parameters<typeof staffUser>[0] = ['decaan']) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'keuzeverschuiving', component: ChoiceShiftPage }]),
        provideMockStore({
          initialState: {
            auth: { ...initialAuthState, user: staffUser(roles), session: 'loaded' },
            choiceShift: {
              ...initialChoiceShiftState,
              classes: [classSummary(), classSummary({ id: 'class-2', name: 'V4B', niveau: 'vwo', leerjaar: 4 })],
              schedules: [
                schedule(),
                schedule({ id: 'schedule-2', lessonId: 'lesson-2', lessonTitle: 'Terugblik', startsOn: '2026-11-12', endsOn: '2026-11-19' }),
              ],
              lookupsStatus: 'loaded',
              pairings: pairingsAdapter.setAll([pairing()], initialChoiceShiftState.pairings),
              pairingsStatus: 'loaded',
            },
          },
        }),
      ],
    });
    TestBed.inject(I18n).use('nl');
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ChoiceShiftPage);
    await harness.fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const select = (name: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formControlName="${name}"]` }));
    return { harness, store, loader, select, router: TestBed.inject(Router), element: harness.routeNativeElement as HTMLElement };
  }

  it('reads the filters from the URL and loads that group', async () => {
    const { store, select } = await open('/keuzeverschuiving?klas=class-1&leerjaar=3&van=2026-09-01');
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPanelActions.opened({ scope: { classId: 'class-1', leerjaar: 3, from: '2026-09-01' } }));
    expect(await (await select('classId')).getValueText()).toBe('H3A');
    expect(await (await select('leerjaar')).getValueText()).toBe('Leerjaar 3');
    expect(await (await select('niveau')).getValueText()).toBe('Alle');
  });

  it('writes a changed filter to the URL, keeping the others, and loads the new group', async () => {
    const { store, select, router, harness } = await open('/keuzeverschuiving?klas=class-1');
    const niveau = await select('niveau');
    await niveau.open();
    await niveau.clickOptions({ text: 'havo' });
    await harness.fixture.whenStable();
    expect(router.url).toBe('/keuzeverschuiving?klas=class-1&niveau=havo');
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPanelActions.opened({ scope: { classId: 'class-1', niveau: 'havo' } }));
  });

  it('follows the URL when it changes (back button, shared link)', async () => {
    const { harness, select, loader } = await open('/keuzeverschuiving?klas=class-1');
    await harness.navigateByUrl('/keuzeverschuiving?leerjaar=4&tot=2026-12-31');
    await harness.fixture.whenStable();
    expect(await (await select('classId')).getValueText()).toBe('Alle');
    expect(await (await select('leerjaar')).getValueText()).toBe('Leerjaar 4');
    const dates = await loader.getAllHarnesses(MatInputHarness.with({ selector: '[type="date"]' }));
    expect(await dates[1].getValue()).toBe('2026-12-31');
  });

  it('clears every filter at once', async () => {
    const { loader, router, harness } = await open('/keuzeverschuiving?klas=class-1&niveau=havo');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filters wissen' }))).click();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/keuzeverschuiving');
  });

  it('lets the decaan pair measurements and delete a pairing after confirming', async () => {
    const { element, store, loader } = await open('/keuzeverschuiving');
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPageActions.opened({ canPair: true }));
    expect(element.querySelector('#pairings-heading')?.textContent).toContain('Metingen koppelen');
    expect(element.textContent).toContain('Oriëntatie H3 najaar');
    await (await loader.getHarness(MatButtonHarness.with({ selector: '.delete' }))).click();
    expect(store.dispatch).not.toHaveBeenCalledWith(ChoiceShiftPageActions.pairingDeleteConfirmed({ id: 'pairing-1' }));
    expect(element.textContent).toContain('Koppeling "Oriëntatie H3 najaar" echt verwijderen?');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ja, verwijderen' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPageActions.pairingDeleteConfirmed({ id: 'pairing-1' }));
  });

  it('sends a new pairing of an earlier "voor" and a later "na" planning', async () => {
    const { store, loader, select } = await open('/keuzeverschuiving');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="name"]' }))).setValue('  Najaar H3 ');
    const pre = await select('preScheduleId');
    await pre.open();
    await pre.clickOptions({ text: /^Kansrijk kiezen/ });
    const post = await select('postScheduleId');
    await post.open();
    const options = await post.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual(['Terugblik · H3A · 12-11-2026']);
    await post.clickOptions({ text: /^Terugblik/ });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Koppeling opslaan' }))).click();
    expect(store.dispatch).toHaveBeenCalledWith(
      ChoiceShiftPageActions.pairingSubmitted({ input: { name: 'Najaar H3', preScheduleId: 'schedule-1', postScheduleId: 'schedule-2' } }),
    );
  });

  it('refuses an incomplete pairing with messages next to the fields', async () => {
    const { store, loader, element } = await open('/keuzeverschuiving');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Koppeling opslaan' }))).click();
    expect(element.textContent).toContain('Geef een naam van 3 tot 120 tekens.');
    expect(element.textContent).toContain('Kies de planning met de meting vooraf.');
    expect(store.dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: ChoiceShiftPageActions.pairingSubmitted.type }));
  });

  it('shows no pairing section to a mentor and does not load pairings', async () => {
    const { element, store } = await open('/keuzeverschuiving', ['mentor']);
    expect(store.dispatch).toHaveBeenCalledWith(ChoiceShiftPageActions.opened({ canPair: false }));
    expect(element.querySelector('#pairings-heading')).toBeNull();
  });
});
