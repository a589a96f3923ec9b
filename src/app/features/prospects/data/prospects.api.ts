import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  KansrijkRuleChange,
  KansrijkRuleState,
  OpleidingSearchResult,
  ProspectImportReport,
  ProspectImportRequest,
  ProspectImportSummary,
  ProspectIndicator,
  ProspectIndicatorInput,
  ProspectIndicatorList,
  ProspectStatus,
  Sector,
} from '@koers/contracts';
import { type Observable, catchError, of, throwError } from 'rxjs';

/** Which indicators the decaan wants to see; null means "all". */
export interface IndicatorFilters {
  readonly scope: 'opleiding' | 'sector' | null;
  readonly sector: Sector | null;
  readonly status: ProspectStatus | null;
}

@Injectable({ providedIn: 'root' })
export class ProspectsApi {
  private readonly http = inject(HttpClient);

  indicators(filters: IndicatorFilters): Observable<ProspectIndicatorList> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<ProspectIndicatorList>('/api/prospects/indicators', { params });
  }

  /** A value entered by hand (status 'handmatig'). */
  createIndicator(input: ProspectIndicatorInput): Observable<ProspectIndicator> {
    return this.http.post<ProspectIndicator>('/api/prospects/indicators', input);
  }

  /** Withdraws a value; the server keeps its history. */
  withdrawIndicator(id: string): Observable<void> {
    return this.http.delete<void>(`/api/prospects/indicators/${encodeURIComponent(id)}`);
  }

  /** Dry run or real import; a file with row errors answers 422 with the report in the problem body. */
  importFile(request: ProspectImportRequest): Observable<ProspectImportReport> {
    return this.http.post<ProspectImportReport>('/api/prospects/imports', request).pipe(
      // A 422 with a report is an answer, not a failure: nothing was imported and the report says why.
      catchError((error: unknown) => {
        const report = reportInProblem(error);
        return report ? of(report) : throwError(() => error);
      }),
    );
  }

  imports(): Observable<{ items: ProspectImportSummary[] }> {
    return this.http.get<{ items: ProspectImportSummary[] }>('/api/prospects/imports');
  }

  rule(): Observable<KansrijkRuleState> {
    return this.http.get<KansrijkRuleState>('/api/prospects/rule');
  }

  changeRule(change: KansrijkRuleChange): Observable<KansrijkRuleState> {
    return this.http.put<KansrijkRuleState>('/api/prospects/rule', change);
  }

  searchOpleidingen(q: string): Observable<OpleidingSearchResult> {
    return this.http.get<OpleidingSearchResult>('/api/opleidingen', { params: { q, limit: 20 } });
  }
}

/** The report in a 422 problem body (a file with row errors, nothing imported), if there is one. */
export function reportInProblem(error: unknown): ProspectImportReport | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 422) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('report' in body)) return null;
  const report: unknown = (body as { report: unknown }).report;
  return typeof report === 'object' && report !== null && Array.isArray((report as ProspectImportReport).problems) ? (report as ProspectImportReport) : null;
}
