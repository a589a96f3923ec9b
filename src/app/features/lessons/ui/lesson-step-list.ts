import { CdkDrag, CdkDragHandle, type CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import type { LessonStepView } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

const TYPE_LABELS: Readonly<Record<LessonStepView['type'], TranslationKey>> = {
  'keuzemeting-voor': 'lessons.types.keuzemeting-voor',
  'keuzemeting-na': 'lessons.types.keuzemeting-na',
  video: 'lessons.types.video',
  game: 'lessons.types.game',
  reflectie: 'lessons.types.reflectie',
};

const TYPE_ICONS: Readonly<Record<LessonStepView['type'], string>> = {
  'keuzemeting-voor': 'checklist',
  'keuzemeting-na': 'fact_check',
  video: 'smart_display',
  game: 'sports_esports',
  reflectie: 'forum',
};

/** The steps of a lesson in order: drag to reorder, or use the move buttons (keyboard). */
@Component({
  selector: 'app-lesson-step-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkDrag, CdkDragHandle, CdkDropList, MatIcon, MatIconButton, TranslatePipe],
  template: `
    <ol class="steps" cdkDropList [attr.aria-label]="'lessons.stepsLabel' | t" (cdkDropListDropped)="dropped($event)">
      @for (step of steps(); track step.id; let index = $index, first = $first, last = $last) {
        <li class="step" cdkDrag [cdkDragData]="step">
          <mat-icon class="handle" cdkDragHandle aria-hidden="true">drag_indicator</mat-icon>
          <mat-icon class="type" aria-hidden="true">{{ icons[step.type] }}</mat-icon>
          <div class="text">
            <span class="kind">{{ index + 1 }}. {{ labels[step.type] | t }}</span>
            <span class="title">{{ step.title }}</span>
          </div>
          <span class="minutes">{{ 'modules.minutes' | t: { count: step.minutes } }}</span>
          <button mat-icon-button type="button" [disabled]="first" [attr.aria-label]="'lessons.moveUp' | t: { title: step.title }" (click)="moved.emit({ from: index, to: index - 1 })">
            <mat-icon aria-hidden="true">arrow_upward</mat-icon>
          </button>
          <button mat-icon-button type="button" [disabled]="last" [attr.aria-label]="'lessons.moveDown' | t: { title: step.title }" (click)="moved.emit({ from: index, to: index + 1 })">
            <mat-icon aria-hidden="true">arrow_downward</mat-icon>
          </button>
          <button mat-icon-button type="button" [attr.aria-label]="'lessons.remove' | t: { title: step.title }" (click)="removed.emit(index)">
            <mat-icon aria-hidden="true">delete</mat-icon>
          </button>
        </li>
      }
    </ol>
  `,
  styles: `
    .steps { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
    .step { display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; background: var(--mat-sys-surface); }
    .handle { cursor: grab; color: var(--mat-sys-on-surface-variant); }
    .type { color: var(--mat-sys-primary); }
    .text { flex: 1; display: flex; flex-direction: column; min-width: 0; }
    .kind { font-size: 0.8rem; color: var(--mat-sys-on-surface-variant); }
    .title { overflow-wrap: anywhere; }
    .minutes { white-space: nowrap; color: var(--mat-sys-on-surface-variant); }
    .cdk-drag-preview { box-shadow: var(--mat-sys-level3); }
    .cdk-drag-placeholder { opacity: 0.3; }
  `,
})
export class LessonStepList {
  readonly steps = input.required<readonly LessonStepView[]>();
  readonly moved = output<{ from: number; to: number }>();
  readonly removed = output<number>();
  protected readonly labels = TYPE_LABELS;
  protected readonly icons = TYPE_ICONS;

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex !== event.currentIndex) this.moved.emit({ from: event.previousIndex, to: event.currentIndex });
  }
}
