import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClassSummary, CreateSchedulesRequest, LessonSummary, ScheduleSummary } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PlanningApi {
  private readonly http = inject(HttpClient);

  /** Every planning the user may see: the whole school, or a mentor's own classes (the server decides). */
  list(): Observable<ScheduleSummary[]> {
    return this.http.get<ScheduleSummary[]>('/api/schedules');
  }

  get(id: string): Observable<ScheduleSummary> {
    return this.http.get<ScheduleSummary>(`/api/schedules/${encodeURIComponent(id)}`);
  }

  /** One planning per class, all or none. */
  create(request: CreateSchedulesRequest): Observable<ScheduleSummary[]> {
    return this.http.post<ScheduleSummary[]>('/api/schedules', request);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`/api/schedules/${encodeURIComponent(id)}`);
  }

  lessons(): Observable<LessonSummary[]> {
    return this.http.get<LessonSummary[]>('/api/lessons');
  }

  classes(): Observable<ClassSummary[]> {
    return this.http.get<ClassSummary[]>('/api/classes');
  }
}
