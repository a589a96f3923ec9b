import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ModuleDetail, ModuleFilters, ModuleSummary } from '@koers/contracts';
import type { Observable } from 'rxjs';

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
}
