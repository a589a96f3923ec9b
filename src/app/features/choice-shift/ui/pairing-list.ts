import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { MeasurementPairing } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { shortSchoolDate } from '../../../shared/format/dates';

/** The koppelingen, each with its two plannings; deleting asks for confirmation in place. */
@Component({
  selector: 'app-pairing-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatIcon, TranslatePipe],
  template: `
    @if (pairings().length === 0) {
      <p class="none">{{ 'choiceShift.pairings.none' | t }}</p>
    } @else {
      <ul class="pairings">
        @for (pairing of pairings(); track pairing.id) {
          <li>
            <div class="text">
              <strong>{{ pairing.name }}</strong>
              <span>{{ 'choiceShift.pairings.preLabel' | t }}: {{ pairing.pre.lessonTitle }} · {{ pairing.pre.classNames.join(', ') }} · {{ date(pairing.pre.startsOn) }}</span>
              <span>{{ 'choiceShift.pairings.postLabel' | t }}: {{ pairing.post.lessonTitle }} · {{ pairing.post.classNames.join(', ') }} · {{ date(pairing.post.startsOn) }}</span>
            </div>
            @if (confirming() === pairing.id) {
              <div class="confirm" role="group" [attr.aria-label]="'choiceShift.pairings.deleteLabel' | t: { name: pairing.name }">
                <p>{{ 'choiceShift.pairings.confirm' | t: { name: pairing.name } }}</p>
                <button mat-flat-button type="button" class="confirm-yes" (click)="confirm(pairing.id)">{{ 'choiceShift.pairings.confirmYes' | t }}</button>
                <button mat-button type="button" class="confirm-no" (click)="confirming.set(null)">{{ 'choiceShift.pairings.confirmNo' | t }}</button>
              </div>
            } @else {
              <button
                mat-stroked-button
                type="button"
                class="delete"
                [disabled]="deletingIds().includes(pairing.id)"
                [attr.aria-label]="'choiceShift.pairings.deleteLabel' | t: { name: pairing.name }"
                (click)="confirming.set(pairing.id)"
              >
                <mat-icon aria-hidden="true">delete</mat-icon>
                {{ 'choiceShift.pairings.delete' | t }}
              </button>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .none { margin: 0; color: var(--mat-sys-on-surface-variant); }
    .pairings { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem;
      padding-bottom: 0.75rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .text { display: grid; gap: 0.125rem; }
    .text span { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .confirm { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .confirm p { margin: 0; }
  `,
})
export class PairingList {
  readonly pairings = input<readonly MeasurementPairing[]>([]);
  readonly deletingIds = input<readonly string[]>([]);
  readonly deleteConfirmed = output<string>();

  protected readonly confirming = signal<string | null>(null);
  protected readonly date = shortSchoolDate;

  protected confirm(id: string): void {
    this.confirming.set(null);
    this.deleteConfirmed.emit(id);
  }
}
