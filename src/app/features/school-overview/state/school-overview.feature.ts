import type { Niveau, SchoolOverview } from '@koers/contracts';
import { NIVEAUS } from '@koers/contracts';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { AppError } from '../../../core/http/app-error';
import type { LoadStatus } from '../../../core/http/load-status';
import { SchoolOverviewApiActions, SchoolOverviewPageActions } from './school-overview.actions';

export interface SchoolOverviewState {
  readonly overview: SchoolOverview | null;
  readonly status: LoadStatus;
  readonly error: AppError | null;
}

export const initialSchoolOverviewState: SchoolOverviewState = { overview: null, status: 'idle', error: null };

export interface GroupCell {
  readonly classCount: number;
  readonly studentCount: number;
}

/** Rows per niveau, columns per leerjaar, with totals: only niveaus and leerjaren that occur. */
export interface OverviewMatrix {
  readonly leerjaren: readonly number[];
  readonly rows: readonly { niveau: Niveau; cells: readonly (GroupCell | null)[]; total: GroupCell }[];
  readonly totals: readonly GroupCell[];
  readonly total: GroupCell;
}

export function toMatrix(overview: SchoolOverview): OverviewMatrix {
  const leerjaren = [...new Set(overview.groups.map((group) => group.leerjaar))].sort((a, b) => a - b);
  const niveaus = NIVEAUS.filter((niveau) => overview.groups.some((group) => group.niveau === niveau));
  const cell = (niveau: Niveau, leerjaar: number): GroupCell | null =>
    overview.groups.find((group) => group.niveau === niveau && group.leerjaar === leerjaar) ?? null;
  const sum = (cells: readonly (GroupCell | null)[]): GroupCell => ({
    classCount: cells.reduce((total, c) => total + (c?.classCount ?? 0), 0),
    studentCount: cells.reduce((total, c) => total + (c?.studentCount ?? 0), 0),
  });
  const rows = niveaus.map((niveau) => {
    const cells = leerjaren.map((leerjaar) => cell(niveau, leerjaar));
    return { niveau, cells, total: sum(cells) };
  });
  return {
    leerjaren,
    rows,
    totals: leerjaren.map((_, index) => sum(rows.map((row) => row.cells[index] ?? null))),
    total: sum(rows.map((row) => row.total)),
  };
}

export const schoolOverviewFeature = createFeature({
  name: 'schoolOverview',
  reducer: createReducer(
    initialSchoolOverviewState,
    on(SchoolOverviewPageActions.opened, SchoolOverviewPageActions.retryClicked, (state): SchoolOverviewState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(SchoolOverviewApiActions.overviewLoaded, (_state, { overview }): SchoolOverviewState => ({
      overview,
      status: 'loaded',
      error: null,
    })),
    on(SchoolOverviewApiActions.overviewLoadFailed, (state, { error }): SchoolOverviewState => ({
      ...state,
      status: 'failed',
      error,
    })),
  ),
  extraSelectors: ({ selectOverview }) => ({
    selectMatrix: createSelector(selectOverview, (overview) => (overview ? toMatrix(overview) : null)),
  }),
});
