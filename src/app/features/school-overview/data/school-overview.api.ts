import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SchoolOverview } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class SchoolOverviewApi {
  private readonly http = inject(HttpClient);

  get(): Observable<SchoolOverview> {
    return this.http.get<SchoolOverview>('/api/school/overview');
  }
}
