import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ScheduleSummary } from '@koers/contracts';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { staffUser } from '../../../testing/fixtures';
import { HandoutPageActions } from '../state/planning.actions';
import { planningFeature } from '../state/planning.feature';
import { HandoutPage } from './handout-page';

const schedule: ScheduleSummary = {
  id: 'schedule-1',
  lessonId: 'lesson-1',
  lessonTitle: 'Kansrijk kiezen',
  lessonVersion: 2,
  classId: 'class-1',
  className: 'H3A',
  startsOn: '2026-12-01',
  endsOn: '2026-12-08',
  code: 'ABC234',
  studentPath: '/leerling/les/ABC234',
  status: 'upcoming',
};

describe('HandoutPage', () => {
  // Overridden selectors are module-level memos: release them so other specs see the real ones.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  async function render() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({
          selectors: [
            { selector: planningFeature.selectHandout, value: schedule },
            { selector: planningFeature.selectHandoutError, value: null },
            { selector: authFeature.selectUser, value: staffUser() },
          ],
        }),
      ],
    });
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(HandoutPage);
    fixture.componentRef.setInput('scheduleId', 'schedule-1');
    await fixture.whenStable();
    // The QR code is generated asynchronously.
    for (let i = 0; i < 20 && !(fixture.nativeElement as HTMLElement).querySelector('.qr svg'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await fixture.whenStable();
    }
    return { fixture, store, element: fixture.nativeElement as HTMLElement };
  }

  it('asks for the planning it shows', async () => {
    const { store } = await render();
    expect(store.dispatch).toHaveBeenCalledWith(HandoutPageActions.opened({ scheduleId: 'schedule-1' }));
  });

  it('shows school, class, lesson, window, the big class code and the link', async () => {
    const { element } = await render();
    expect(element.querySelector('h1')?.textContent).toContain('Kansrijk kiezen');
    expect(element.textContent).toContain('Demo College');
    expect(element.textContent).toContain('Voor klas H3A');
    expect(element.textContent).toContain('1-12-2026 t/m 8-12-2026');
    expect(element.querySelector('.code')?.textContent?.trim()).toBe('ABC234');
    expect(element.querySelector('.link')?.textContent).toContain(`${location.origin}/leerling/les/ABC234`);
  });

  it('draws a QR code as SVG, labelled for screen readers', async () => {
    const { element } = await render();
    const qr = element.querySelector('.qr');
    expect(qr?.getAttribute('role')).toBe('img');
    expect(qr?.getAttribute('aria-label')).toBe('QR-code met de link naar de les');
    expect(qr?.querySelector('svg path')).not.toBeNull();
  });

  it('prints the page with the browser', async () => {
    const { element } = await render();
    const print = spyOn(window, 'print');
    element.querySelector<HTMLButtonElement>('.toolbar button')?.click();
    expect(print).toHaveBeenCalled();
  });
});
