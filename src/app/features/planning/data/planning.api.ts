import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ScheduleSummary } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PlanningApi {
  private readonly http = inject(HttpClient);

  /** Every planning the user may see: the whole school, or a mentor's own classes (the server decides). */
  list(): Observable<ScheduleSummary[]> {
    return this.http.get<ScheduleSummary[]>('/api/schedules');
  }
}
