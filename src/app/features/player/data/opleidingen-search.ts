import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Opleiding, OpleidingSearchResult } from '@koers/contracts';
import { type Observable, map } from 'rxjs';

/** How many opleidingen the keuzemeting's search offers at once. */
export const OPLEIDING_SEARCH_LIMIT = 8;

/** The opleidingen catalogue search for the keuzemeting (students and staff; the session cookie goes along). */
@Injectable({ providedIn: 'root' })
export class OpleidingenSearch {
  private readonly http = inject(HttpClient);

  search(query: string): Observable<readonly Opleiding[]> {
    return this.http
      .get<OpleidingSearchResult>('/api/opleidingen', { params: { q: query, limit: OPLEIDING_SEARCH_LIMIT } })
      .pipe(map((result) => result.items));
  }
}
