import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClassDetail, ClassSummary } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ClassesApi {
  private readonly http = inject(HttpClient);

  /** All classes of the school; for a mentor only the classes they mentor (the server decides). */
  list(): Observable<ClassSummary[]> {
    return this.http.get<ClassSummary[]>('/api/classes');
  }

  get(classId: string): Observable<ClassDetail> {
    return this.http.get<ClassDetail>(`/api/classes/${encodeURIComponent(classId)}`);
  }
}
