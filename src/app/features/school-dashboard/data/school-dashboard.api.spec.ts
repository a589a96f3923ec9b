import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { schedule, schoolDashboard } from '../testing/school-dashboard-fixtures';
import { SchoolDashboardApi } from './school-dashboard.api';

describe('SchoolDashboardApi', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));

  it('asks for the school dashboard with only the filters that are set', async () => {
    const http = TestBed.inject(HttpTestingController);
    const answer = firstValueFrom(TestBed.inject(SchoolDashboardApi).school({ leerjaar: 3, to: '2026-12-31' }));
    const dashboard = schoolDashboard();
    http.expectOne({ method: 'GET', url: '/api/dashboards/school?leerjaar=3&to=2026-12-31' }).flush(dashboard);
    expect(await answer).toEqual(dashboard);
    http.verify();
  });

  it('asks for every planning of the school, past and upcoming', async () => {
    const http = TestBed.inject(HttpTestingController);
    const answer = firstValueFrom(TestBed.inject(SchoolDashboardApi).schedules());
    http.expectOne({ method: 'GET', url: '/api/schedules?when=all' }).flush([schedule()]);
    expect(await answer).toEqual([schedule()]);
    http.verify();
  });
});
