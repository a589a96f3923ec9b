import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ProspectsPageActions } from '../state/prospects.actions';
import { NO_FILTERS, initialProspectsState } from '../state/prospects.feature';
import { ProspectsPage } from './prospects-page';

describe('ProspectsPage', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { prospects: { ...initialProspectsState, status: 'loaded' } } })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
  });

  it('asks for the data when it opens', () => {
    TestBed.createComponent(ProspectsPage).detectChanges();
    expect(store.dispatch).toHaveBeenCalledWith(ProspectsPageActions.opened({ filters: NO_FILTERS }));
  });

  it('opens the tab named in the address', async () => {
    const fixture = TestBed.createComponent(ProspectsPage);
    fixture.componentRef.setInput('tab', 'regel');
    const tabs = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTabGroupHarness);
    expect(await (await tabs.getSelectedTab()).getLabel()).toBe('Kansrijk-regel');
  });

  it('puts the chosen tab in the address', async () => {
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    const fixture = TestBed.createComponent(ProspectsPage);
    const tabs = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTabGroupHarness);
    await tabs.selectTab({ label: 'Importeren' });
    expect(router.navigate).toHaveBeenCalledWith([], jasmine.objectContaining({ queryParams: { tab: 'importeren' } }));
  });

  it('says what to do when there are no values yet', async () => {
    const fixture = TestBed.createComponent(ProspectsPage);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Importeer een CSV-bestand van een bron');
  });
});
