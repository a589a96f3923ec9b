import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { ShareRow, ShareStatus } from '../state/reports.feature';
import { formatShortDateTime } from './report-format';

const STATUS_ICONS: Readonly<Record<ShareStatus, string>> = { active: 'check_circle', expired: 'schedule', revoked: 'block' };

/** The share links made for this school: year, who and when, until when, status, and "Intrekken". */
@Component({
  selector: 'app-share-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe],
  template: `
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="app-share-list-caption">
      <table>
        <caption id="app-share-list-caption" class="visually-hidden">{{ 'reports.share.list.caption' | t }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.share.list.year' | t }}</th>
            <th scope="col">{{ 'reports.share.list.createdBy' | t }}</th>
            <th scope="col">{{ 'reports.share.list.createdAt' | t }}</th>
            <th scope="col">{{ 'reports.share.list.expiresAt' | t }}</th>
            <th scope="col">{{ 'reports.share.list.status' | t }}</th>
            <th scope="col"><span class="visually-hidden">{{ 'reports.share.list.actions' | t }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id) {
            <tr [class.inactive]="row.status !== 'active'">
              <th scope="row">{{ row.schoolYear }}</th>
              <td [attr.data-label]="'reports.share.list.createdBy' | t">{{ row.createdBy }}</td>
              <td [attr.data-label]="'reports.share.list.createdAt' | t">{{ date(row.createdAt) }}</td>
              <td [attr.data-label]="'reports.share.list.expiresAt' | t">{{ date(row.expiresAt) }}</td>
              <td [attr.data-label]="'reports.share.list.status' | t">
                <span [class]="'status ' + row.status" [attr.title]="row.revokedAt ? ('reports.share.list.revokedOn' | t: { date: date(row.revokedAt) }) : null">
                  <mat-icon aria-hidden="true">{{ icon(row.status) }}</mat-icon>
                  {{ statusKey(row.status) | t }}
                </span>
              </td>
              <td class="action">
                @if (row.status === 'active') {
                  <button mat-button type="button" class="revoke" [attr.aria-label]="'reports.share.list.revokeLabel' | t: { year: row.schoolYear, date: date(row.createdAt) }" (click)="revoke.emit(row)">
                    <mat-icon aria-hidden="true">link_off</mat-icon>
                    {{ 'reports.share.list.revoke' | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      white-space: nowrap;
    }
    thead th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: 500;
    }
    tr.inactive {
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding: 0.125rem 0.5rem 0.125rem 0.25rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
    }
    .status mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    .status.active {
      background: color-mix(in srgb, var(--mat-sys-primary) 12%, var(--mat-sys-surface));
      color: var(--mat-sys-primary);
    }
    .status.expired,
    .status.revoked {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .action {
      text-align: right;
    }
    /* On a phone each link is a small card: label and value per line, the action at the end. */
    @media (max-width: 599.98px) {
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      table,
      tbody,
      tr,
      th,
      td {
        display: block;
      }
      tr {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      th,
      td {
        padding: 0.125rem 1rem;
        border: 0;
        white-space: normal;
      }
      tbody th {
        font: var(--mat-sys-title-small);
      }
      td[data-label] {
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      td[data-label]::before {
        content: attr(data-label) ':';
        flex: 0 0 7.5rem;
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-label-medium);
      }
      .action {
        text-align: left;
      }
      .action:empty {
        display: none;
      }
      .revoke {
        margin-left: -0.75rem;
      }
    }
  `,
})
export class ShareList {
  private readonly i18n = inject(I18n);

  readonly rows = input.required<readonly ShareRow[]>();
  readonly revoke = output<ShareRow>();

  protected date(iso: string): string {
    return formatShortDateTime(iso, this.i18n.language());
  }

  protected icon(status: ShareStatus): string {
    return STATUS_ICONS[status];
  }

  protected statusKey(status: ShareStatus): TranslationKey {
    return `reports.share.list.${status}`;
  }
}
