import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { LANGUAGE_STORAGE_KEY } from '../../../core/i18n/i18n';
import { appError, classSummary } from '../../../testing/fixtures';
import { ClassOverviewPageActions } from '../state/classes.actions';
import { type ClassesState, initialClassesState } from '../state/classes.feature';
import { ClassOverviewPage } from './class-overview-page';

describe('ClassOverviewPage', () => {
  let store: MockStore;

  async function render(classes: Partial<ClassesState>, scope: 'school' | 'own' = 'school') {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { classes: { ...initialClassesState, ...classes } } })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(ClassOverviewPage);
    fixture.componentRef.setInput('scope', scope);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('asks for the classes when it opens', async () => {
    await render({});
    expect(store.dispatch).toHaveBeenCalledWith(ClassOverviewPageActions.opened());
  });

  it('lists each class with a link to its detail page', async () => {
    const one = classSummary();
    const element = await render({ ids: [one.id], entities: { [one.id]: one }, listStatus: 'loaded' });
    const link = element.querySelector<HTMLAnchorElement>('table a');
    expect(link?.textContent).toContain('H3A');
    expect(link?.getAttribute('href')).toBe(`/${one.id}`);
    expect(element.textContent).toContain('Tom Bakker');
  });

  it('tells a mentor without classes what to do', async () => {
    const element = await render({ listStatus: 'loaded' }, 'own');
    expect(element.querySelector('h1')?.textContent).toContain('Mijn klassen');
    expect(element.textContent).toContain('Vraag de beheerder van Koers om je aan je klas te koppelen.');
  });

  it('shows a failed load with a retry that asks again', async () => {
    const element = await render({ listStatus: 'failed', listError: appError('unavailable', { status: 0 }) });
    expect(element.textContent).toContain('Koers is even niet bereikbaar');
    [...element.querySelectorAll('button')].find((button) => button.textContent?.includes('Opnieuw proberen'))?.click();
    expect(store.dispatch).toHaveBeenCalledWith(ClassOverviewPageActions.retryClicked());
  });
});
