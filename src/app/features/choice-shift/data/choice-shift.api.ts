import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import type { ChoiceShiftReport, ChoiceShiftScope, ClassSummary, MeasurementPairing, MeasurementPairingInput, ScheduleSummary } from '@koers/contracts';
import { type Observable, map, throwError } from 'rxjs';
import { scopeParams } from './choice-shift-scope';

@Injectable({ providedIn: 'root' })
export class ChoiceShiftApi {
  private readonly http = inject(HttpClient);

  /** The choice shift of one group (the server applies suppression and role checks). */
  report(scope: ChoiceShiftScope): Observable<ChoiceShiftReport> {
    return this.http.get<ChoiceShiftReport>('/api/choice-shift', { params: scopeParams(scope) });
  }

  pairings(): Observable<MeasurementPairing[]> {
    return this.http.get<{ items: MeasurementPairing[] }>('/api/choice-shift/pairings').pipe(map((body) => body.items));
  }

  createPairing(input: MeasurementPairingInput): Observable<MeasurementPairing> {
    return this.http.post<MeasurementPairing>('/api/choice-shift/pairings', input);
  }

  deletePairing(id: string): Observable<void> {
    return this.http.delete<void>(`/api/choice-shift/pairings/${encodeURIComponent(id)}`);
  }
}

/**
 * The plannings and classes the filters and the koppeling form pick from. They belong to the
 * planning and classes features; choice-shift.routes.ts wires their API services in here, so this
 * feature reuses them without importing another feature.
 */
export interface ChoiceShiftLookups {
  schedules(): Observable<ScheduleSummary[]>;
  classes(): Observable<ClassSummary[]>;
}

export const CHOICE_SHIFT_LOOKUPS = new InjectionToken<ChoiceShiftLookups>('CHOICE_SHIFT_LOOKUPS', {
  providedIn: 'root',
  factory: () => ({
    schedules: () => throwError(() => new Error('CHOICE_SHIFT_LOOKUPS is not provided on this route')),
    classes: () => throwError(() => new Error('CHOICE_SHIFT_LOOKUPS is not provided on this route')),
  }),
});
