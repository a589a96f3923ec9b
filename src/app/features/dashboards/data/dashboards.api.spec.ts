import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { planningDashboard } from '../testing/dashboard-fixtures';
import { DashboardsApi } from './dashboards.api';

describe('DashboardsApi', () => {
  it('asks for the planning dashboard by schedule id, escaped', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const answer = firstValueFrom(TestBed.inject(DashboardsApi).planning('a/b'));
    const dashboard = planningDashboard();
    http.expectOne({ method: 'GET', url: '/api/dashboards/plannings/a%2Fb' }).flush(dashboard);
    expect(await answer).toEqual(dashboard);
    http.verify();
  });
});
