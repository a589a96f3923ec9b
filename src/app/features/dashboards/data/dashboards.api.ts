import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PlanningDashboard } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class DashboardsApi {
  private readonly http = inject(HttpClient);

  /** Engagement of one planning (the server checks the role and leaves out names for non-mentors). */
  planning(scheduleId: string): Observable<PlanningDashboard> {
    return this.http.get<PlanningDashboard>(`/api/dashboards/plannings/${encodeURIComponent(scheduleId)}`);
  }
}
