import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LoginResponse,
  SessionResponse,
  SessionUser,
  StaffLoginRequest,
  StudentLoginRequest,
} from '@koers/contracts';
import { type Observable, map } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** Also sets the CSRF cookie, so it must answer before the first POST. */
  session(): Observable<SessionUser | null> {
    return this.http.get<SessionResponse>('/api/auth/session').pipe(map((response) => response.user));
  }

  signIn(credentials: StaffLoginRequest): Observable<SessionUser> {
    return this.http.post<LoginResponse>('/api/auth/login', credentials).pipe(map((response) => response.user));
  }

  studentSignIn(request: StudentLoginRequest): Observable<SessionUser> {
    return this.http.post<LoginResponse>('/api/auth/student/login', request).pipe(map((response) => response.user));
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null);
  }
}
