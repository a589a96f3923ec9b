import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideRouter } from '@angular/router';
import { I18n } from '../../../core/i18n/i18n';
import { scheduleSummary } from '../../../testing/fixtures';
import { ScheduleTable } from './schedule-table';

describe('ScheduleTable', () => {
  it('shows lesson and version, class, the window in Dutch date order, the code and the student link', async () => {
    const fixture = TestBed.createComponent(ScheduleTable);
    fixture.componentRef.setInput('schedules', [scheduleSummary({ startsOn: '2026-12-01', endsOn: '2026-12-08' })]);
    fixture.componentRef.setInput('label', 'Gepland');
    fixture.componentRef.setInput('origin', 'https://koers.school.nl');
    const table = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTableHarness);
    const [row] = await table.getCellTextByIndex();
    expect(row).toEqual(['Kansrijk kiezen (versie 1)', 'H3A', '1-12-2026 t/m 8-12-2026', 'KX7P4Q', 'https://koers.school.nl/leerling/les/KX7P4Q']);
  });

  it('links each planning to its results under the current area when asked to', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    TestBed.inject(I18n).use('nl');
    const fixture = TestBed.createComponent(ScheduleTable);
    fixture.componentRef.setInput('schedules', [scheduleSummary({ id: 'schedule-7', lessonTitle: 'Kansrijk kiezen', className: 'H3A' })]);
    fixture.componentRef.setInput('label', 'Nu open');
    fixture.componentRef.setInput('showResults', true);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Resultaten');
    expect(link.getAttribute('aria-label')).toBe('Resultaten van Kansrijk kiezen voor klas H3A');
    expect(link.getAttribute('href')).toBe('/schedule-7/resultaten');
  });

  it('has no results link unless asked for one', async () => {
    const fixture = TestBed.createComponent(ScheduleTable);
    fixture.componentRef.setInput('schedules', [scheduleSummary()]);
    fixture.componentRef.setInput('label', 'Gepland');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('a')).toBeNull();
  });
});
