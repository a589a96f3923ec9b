import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClassCodeRequest, ClassCodeResponse } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class StudentJoinApi {
  private readonly http = inject(HttpClient);

  /** Step 1 of joining: is this a class code, and of which class? (404 `unknown_class_code`) */
  checkClassCode(classCode: string): Observable<ClassCodeResponse> {
    const body: ClassCodeRequest = { classCode };
    return this.http.post<ClassCodeResponse>('/api/auth/student/class', body);
  }
}
