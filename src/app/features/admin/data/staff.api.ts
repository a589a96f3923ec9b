import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StaffUserSummary } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  list(): Observable<StaffUserSummary[]> {
    return this.http.get<StaffUserSummary[]>('/api/admin/staff');
  }
}
