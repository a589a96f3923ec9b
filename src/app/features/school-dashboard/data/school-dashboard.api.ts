import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ScheduleSummary, SchoolDashboard } from '@koers/contracts';
import type { Observable } from 'rxjs';
import { type SchoolDashboardFilters, filterParams } from './school-dashboard-filters';

@Injectable({ providedIn: 'root' })
export class SchoolDashboardApi {
  private readonly http = inject(HttpClient);

  /** The whole school, by class, leerjaar and niveau, with modules and trend (decaan, beheerder). */
  school(filters: SchoolDashboardFilters): Observable<SchoolDashboard> {
    return this.http.get<SchoolDashboard>('/api/dashboards/school', { params: filterParams(filters) });
  }

  /** Every planning of the school: names the plannings behind a figure (the trace). */
  schedules(): Observable<ScheduleSummary[]> {
    return this.http.get<ScheduleSummary[]>('/api/schedules', { params: { when: 'all' } });
  }
}
