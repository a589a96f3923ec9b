import { HttpClient, HttpEventType, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateModuleRequest, ModuleDetail, ModuleFilters, ModuleRatings, ModuleSummary, UpdateModuleRequest } from '@koers/contracts';
import { type Observable, filter, map } from 'rxjs';

/** What an upload reports: progress in percent, then the updated module. */
export type UploadEvent = { readonly percent: number } | { readonly done: ModuleDetail };

@Injectable({ providedIn: 'root' })
export class ModulesApi {
  private readonly http = inject(HttpClient);

  list(filters: ModuleFilters): Observable<ModuleSummary[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<ModuleSummary[]>('/api/modules', { params });
  }

  get(id: string): Observable<ModuleDetail> {
    return this.http.get<ModuleDetail>(`/api/modules/${encodeURIComponent(id)}`);
  }

  /** What students said about the module after watching (counts and anonymous comments). */
  ratings(id: string): Observable<ModuleRatings> {
    return this.http.get<ModuleRatings>(`/api/modules/${encodeURIComponent(id)}/ratings`);
  }

  create(request: CreateModuleRequest): Observable<ModuleDetail> {
    return this.http.post<ModuleDetail>('/api/modules', request);
  }

  update(id: string, request: UpdateModuleRequest): Observable<ModuleDetail> {
    return this.http.put<ModuleDetail>(`/api/modules/${encodeURIComponent(id)}`, request);
  }

  publish(id: string): Observable<ModuleDetail> {
    return this.http.post<ModuleDetail>(`/api/modules/${encodeURIComponent(id)}/publish`, {});
  }

  /**
   * Sends the file as the raw request body (streamed to disk by the server) and reports upload
   * progress; the last event carries the updated module.
   */
  upload(id: string, kind: 'video' | 'captions' | 'thumbnail', file: File): Observable<UploadEvent> {
    const type = kind === 'captions' ? 'text/vtt' : file.type;
    return this.http
      .put<ModuleDetail>(`/api/modules/${encodeURIComponent(id)}/${kind}`, file, {
        headers: { 'Content-Type': type },
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event): UploadEvent | null => {
          if (event.type === HttpEventType.UploadProgress) return { percent: event.total ? Math.round((100 * event.loaded) / event.total) : 0 };
          if (event.type === HttpEventType.Response && event.body) return { done: event.body };
          return null;
        }),
        filter((event): event is UploadEvent => event !== null),
      );
  }
}
