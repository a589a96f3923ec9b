import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LessonDetail, LessonSummary, ModuleSummary, SaveLessonRequest } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class LessonsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<LessonSummary[]> {
    return this.http.get<LessonSummary[]>('/api/lessons');
  }

  get(id: string): Observable<LessonDetail> {
    return this.http.get<LessonDetail>(`/api/lessons/${encodeURIComponent(id)}`);
  }

  create(request: SaveLessonRequest): Observable<LessonDetail> {
    return this.http.post<LessonDetail>('/api/lessons', request);
  }

  /** Saves in place, or as a new version when the current one is scheduled (the server decides). */
  save(id: string, request: SaveLessonRequest): Observable<LessonDetail> {
    return this.http.put<LessonDetail>(`/api/lessons/${encodeURIComponent(id)}`, request);
  }

  duplicate(id: string): Observable<LessonDetail> {
    return this.http.post<LessonDetail>(`/api/lessons/${encodeURIComponent(id)}/duplicate`, {});
  }

  /** Modules a lesson can use: published ones. */
  publishedModules(): Observable<ModuleSummary[]> {
    return this.http.get<ModuleSummary[]>('/api/modules', { params: { status: 'published' } });
  }
}
