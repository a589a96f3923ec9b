import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
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
});
