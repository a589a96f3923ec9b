import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { type Observable, ReplaySubject, lastValueFrom, of, take, throwError } from 'rxjs';
import { Notifier } from '../../../core/notify/notifier';
import { ProspectsApi } from '../data/prospects.api';
import { importSummary, indicator, report, ruleState } from '../testing/prospects-fixtures';
import { ProspectsApiActions, ProspectsPageActions } from './prospects.actions';
import * as effects from './prospects.effects';
import { NO_FILTERS, initialProspectsState } from './prospects.feature';

describe('prospects effects', () => {
  let actions$: ReplaySubject<Action>;
  let api: jasmine.SpyObj<ProspectsApi>;
  const filters = { ...NO_FILTERS, scope: 'sector' as const };

  beforeEach(() => {
    actions$ = new ReplaySubject<Action>(1);
    api = jasmine.createSpyObj<ProspectsApi>('ProspectsApi', ['indicators', 'createIndicator', 'withdrawIndicator', 'importFile', 'imports', 'rule', 'changeRule', 'searchOpleidingen']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$ as Observable<Action>),
        provideMockStore({ initialState: { prospects: { ...initialProspectsState, filters } } }),
        { provide: ProspectsApi, useValue: api },
        { provide: Notifier, useValue: jasmine.createSpyObj<Notifier>('Notifier', ['message', 'error']) },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);
  const first = <T>(effect: () => Observable<T>) => lastValueFrom(run(effect).pipe(take(1)));

  it('loads the indicators for the chosen filters', async () => {
    api.indicators.and.returnValue(of({ items: [indicator()] }));
    actions$.next(ProspectsPageActions.filtersChanged({ filters }));
    expect(await first(effects.loadIndicators)).toEqual(ProspectsApiActions.indicatorsLoaded({ indicators: [indicator()] }));
    expect(api.indicators).toHaveBeenCalledWith(filters);
  });

  it('turns a failed load into an error the page can show', async () => {
    api.indicators.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    actions$.next(ProspectsPageActions.opened({ filters }));
    const action = (await first(effects.loadIndicators)) as ReturnType<typeof ProspectsApiActions.indicatorsLoadFailed>;
    expect(action.type).toBe(ProspectsApiActions.indicatorsLoadFailed.type);
    expect(action.error.code).toBe('unavailable');
  });

  it('loads the earlier imports and the rule when the page opens', async () => {
    api.imports.and.returnValue(of({ items: [importSummary()] }));
    api.rule.and.returnValue(of(ruleState()));
    actions$.next(ProspectsPageActions.opened({ filters }));
    expect(await first(effects.loadImports)).toEqual(ProspectsApiActions.importsLoaded({ imports: [importSummary()] }));
    expect(await first(effects.loadRule)).toEqual(ProspectsApiActions.ruleLoaded({ rule: ruleState() }));
  });

  it('passes the server’s field errors on when a hand-entered value is refused', async () => {
    api.createIndicator.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: { status: 400, code: 'validation', errors: [{ field: '/year', code: 'maximum', message: 'Het jaar ligt te ver in de toekomst.' }] },
          }),
      ),
    );
    actions$.next(ProspectsPageActions.indicatorSubmitted({ input: {} as never }));
    const action = (await first(effects.createIndicator)) as ReturnType<typeof ProspectsApiActions.indicatorCreateFailed>;
    expect(action.type).toBe(ProspectsApiActions.indicatorCreateFailed.type);
    expect(action.error.fieldErrors[0]?.field).toBe('/year');
  });

  it('withdraws a value by id', async () => {
    api.withdrawIndicator.and.returnValue(of(undefined));
    actions$.next(ProspectsPageActions.withdrawConfirmed({ indicatorId: 'ind-7' }));
    expect(await first(effects.withdrawIndicator)).toEqual(ProspectsApiActions.indicatorWithdrawn({ indicatorId: 'ind-7' }));
    expect(api.withdrawIndicator).toHaveBeenCalledWith('ind-7');
  });

  it('reports a trial import', async () => {
    api.importFile.and.returnValue(of(report()));
    actions$.next(ProspectsPageActions.importRequested({ request: { dryRun: true } as never }));
    expect(await first(effects.importFile)).toEqual(ProspectsApiActions.importReported({ report: report() }));
  });

  it('reloads the indicators (with the current filters) and the import list after a real import', async () => {
    api.indicators.and.returnValue(of({ items: [indicator()] }));
    api.imports.and.returnValue(of({ items: [importSummary()] }));
    actions$.next(ProspectsApiActions.importReported({ report: report({ dryRun: false, imported: true, importId: 'imp-1' }) }));
    expect(await first(effects.reloadIndicatorsAfterImport)).toEqual(ProspectsApiActions.indicatorsLoaded({ indicators: [indicator()] }));
    expect(api.indicators).toHaveBeenCalledWith(filters);
    expect(await first(effects.loadImports)).toEqual(ProspectsApiActions.importsLoaded({ imports: [importSummary()] }));
  });

  it('does not reload anything after a trial import', () => {
    const emitted: Action[] = [];
    const subscriptions = [run(effects.loadImports) as Observable<Action>, run(effects.reloadIndicatorsAfterImport) as Observable<Action>].map((effect) =>
      effect.subscribe((action) => emitted.push(action)),
    );
    actions$.next(ProspectsApiActions.importReported({ report: report() }));
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    expect(emitted).toEqual([]);
    expect(api.imports).not.toHaveBeenCalled();
    expect(api.indicators).not.toHaveBeenCalled();
  });

  it('searches opleidingen only from two letters on', async () => {
    actions$.next(ProspectsPageActions.opleidingSearchChanged({ query: 'v' }));
    expect(await first(effects.searchOpleidingen)).toEqual(ProspectsApiActions.opleidingenFound({ opleidingen: [] }));
    expect(api.searchOpleidingen).not.toHaveBeenCalled();
  });

  it('stores a rule change as the new rule state', async () => {
    api.changeRule.and.returnValue(of(ruleState()));
    actions$.next(ProspectsPageActions.ruleChangeSubmitted({ change: { minScore: 4, note: 'Terug naar de standaard.' } }));
    expect(await first(effects.changeRule)).toEqual(ProspectsApiActions.ruleChanged({ rule: ruleState() }));
  });
});
