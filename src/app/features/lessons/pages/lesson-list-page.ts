import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatCard } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { LessonListPageActions } from '../state/lessons.actions';
import { lessonsFeature } from '../state/lessons.feature';

@Component({
  selector: 'app-lesson-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LoadingIndicator, MatAnchor, MatCard, MatIcon, MatTableModule, RequestError, RouterLink, TranslatePipe],
  template: `
    <div class="page">
      <div class="heading">
        <h1>{{ 'lessons.heading' | t }}</h1>
        <a mat-flat-button routerLink="nieuw"><mat-icon aria-hidden="true">add</mat-icon>{{ 'lessons.newHeading' | t }}</a>
      </div>
      <p>{{ 'lessons.intro' | t }}</p>
      @if (error(); as error) {
        <app-request-error [error]="error" (retry)="retry()" />
      } @else if (status() === 'loaded' && lessons().length === 0) {
        <mat-card appearance="outlined">
          <app-empty-state icon="school" [title]="'lessons.emptyTitle' | t" [text]="'lessons.emptyText' | t" />
        </mat-card>
      } @else {
        @if (status() === 'loading') {
          <app-loading-indicator />
        }
        @if (lessons().length) {
          <mat-card appearance="outlined">
            <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'lessons.heading' | t">
              <table mat-table [dataSource]="lessons()">
                <ng-container matColumnDef="title">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'lessons.title' | t }}</th>
                  <td mat-cell *matCellDef="let row"><a [routerLink]="[row.id]">{{ row.title }}</a></td>
                </ng-container>
                <ng-container matColumnDef="version">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'lessons.version' | t }}</th>
                  <td mat-cell *matCellDef="let row">{{ row.version }}</td>
                </ng-container>
                <ng-container matColumnDef="steps">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'lessons.steps' | t }}</th>
                  <td mat-cell *matCellDef="let row">{{ row.stepCount }}</td>
                </ng-container>
                <ng-container matColumnDef="minutes">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'lessons.length' | t }}</th>
                  <td mat-cell *matCellDef="let row">{{ 'lessons.totalShort' | t: { total: row.totalMinutes, length: row.lengthMinutes } }}</td>
                </ng-container>
                <ng-container matColumnDef="plannings">
                  <th mat-header-cell *matHeaderCellDef scope="col">{{ 'nav.planning' | t }}</th>
                  <td mat-cell *matCellDef="let row">{{ row.scheduleCount }}</td>
                </ng-container>
                <tr mat-header-row *matHeaderRowDef="columns"></tr>
                <tr mat-row *matRowDef="let row; columns: columns"></tr>
              </table>
            </div>
          </mat-card>
        }
      }
    </div>
  `,
  styles: `
    .heading { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    td a { color: var(--mat-sys-primary); }
  `,
})
export class LessonListPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly columns = ['title', 'version', 'steps', 'minutes', 'plannings'] as const;
  protected readonly lessons = this.store.selectSignal(lessonsFeature.selectLessons);
  protected readonly status = this.store.selectSignal(lessonsFeature.selectListStatus);
  protected readonly error = this.store.selectSignal(lessonsFeature.selectListError);

  ngOnInit(): void {
    this.store.dispatch(LessonListPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(LessonListPageActions.retryClicked());
  }
}
