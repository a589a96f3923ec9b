import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ModuleDetail, PlayableLesson, StudentLessonSummary } from '@koers/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PlayerApi {
  private readonly http = inject(HttpClient);

  /** The lessons planned for the signed-in student's class. */
  lessons(): Observable<StudentLessonSummary[]> {
    return this.http.get<StudentLessonSummary[]>('/api/student/lessons');
  }

  /** One planned lesson with everything the player needs and the progress the server knows. */
  lesson(code: string): Observable<PlayableLesson> {
    return this.http.get<PlayableLesson>(`/api/student/lessons/${encodeURIComponent(code)}`);
  }

  /** Staff: a module (for a game's demo round). */
  module(moduleId: string): Observable<ModuleDetail> {
    return this.http.get<ModuleDetail>(`/api/modules/${encodeURIComponent(moduleId)}`);
  }

  /** Staff: a lesson version exactly as students get it (no planning, no progress). */
  preview(lessonId: string, version?: number): Observable<PlayableLesson> {
    return this.http.get<PlayableLesson>(`/api/lessons/${encodeURIComponent(lessonId)}/preview`, { params: version ? { version } : {} });
  }
}
