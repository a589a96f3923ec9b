import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ReportDocument, ReportShare, ReportShareInput } from '@koers/contracts';
import type { Observable } from 'rxjs';

/** The formats the report downloads in (besides the JSON the page renders). */
export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A download of the school-year report (signed in: the session cookie authenticates the link). */
export function reportDownloadUrl(schoolYear: string, format: ReportFormat): string {
  return `/api/reports/school-year?year=${encodeURIComponent(schoolYear)}&format=${format}`;
}

/** A download of a shared report: the token is the only key, no sign-in. */
export function sharedReportDownloadUrl(token: string, format: ReportFormat): string {
  return `/api/shared/reports/${encodeURIComponent(token)}?format=${format}`;
}

@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** The school-year report as data (schoolleiding, decaan, beheerder). */
  schoolYear(schoolYear: string): Observable<ReportDocument> {
    return this.http.get<ReportDocument>('/api/reports/school-year', { params: { year: schoolYear, format: 'json' } });
  }

  shares(): Observable<{ items: ReportShare[] }> {
    return this.http.get<{ items: ReportShare[] }>('/api/reports/shares');
  }

  /** The answer carries `path` with the token, once: the server keeps only its hash. */
  createShare(input: ReportShareInput): Observable<ReportShare> {
    return this.http.post<ReportShare>('/api/reports/shares', input);
  }

  revokeShare(id: string): Observable<void> {
    return this.http.delete<void>(`/api/reports/shares/${encodeURIComponent(id)}`);
  }

  /** Public: a report behind a share link; 404 when the link is unknown, expired or revoked. */
  shared(token: string): Observable<ReportDocument> {
    return this.http.get<ReportDocument>(`/api/shared/reports/${encodeURIComponent(token)}`, { params: { format: 'json' } });
  }
}
