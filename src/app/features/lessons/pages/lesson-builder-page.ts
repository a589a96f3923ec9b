import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, HostListener, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { LESSON_LENGTHS, type LessonLength, type ModuleSummary } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { moduleStep, reflectionStep } from '../state/lesson-draft';
import { LessonBuilderPageActions } from '../state/lessons.actions';
import { lessonsFeature } from '../state/lessons.feature';
import { LessonStepList } from '../ui/lesson-step-list';
import { ModulePicker } from '../ui/module-picker';

/** `/lessen/nieuw` and `/lessen/:lessonId`: steps, order, length, and saving as a (new) version. */
@Component({
  selector: 'app-lesson-builder-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LessonStepList, MatButton, MatCard, MatCardContent, MatFormField, MatHint, MatIcon, MatInput, MatLabel, MatOption, MatSelect, ModulePicker, RequestError, RouterLink, TranslatePipe],
  templateUrl: './lesson-builder-page.html',
  styleUrl: './lesson-builder-page.scss',
})
export class LessonBuilderPage {
  private readonly store = inject(Store);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly i18n = inject(I18n);
  /** Route parameter; absent on `/lessen/nieuw`. */
  readonly lessonId = input<string | undefined>(undefined);

  protected readonly lengths = LESSON_LENGTHS;
  protected readonly draft = this.store.selectSignal(lessonsFeature.selectDraft);
  protected readonly version = this.store.selectSignal(lessonsFeature.selectVersion);
  protected readonly locked = this.store.selectSignal(lessonsFeature.selectLocked);
  protected readonly modules = this.store.selectSignal(lessonsFeature.selectModules);
  protected readonly total = this.store.selectSignal(lessonsFeature.selectTotalMinutes);
  protected readonly over = this.store.selectSignal(lessonsFeature.selectOverLength);
  protected readonly canUndo = this.store.selectSignal(lessonsFeature.selectCanUndo);
  protected readonly saving = this.store.selectSignal(lessonsFeature.selectSaving);
  protected readonly error = this.store.selectSignal(lessonsFeature.selectBuilderError);
  protected readonly status = this.store.selectSignal(lessonsFeature.selectBuilderStatus);
  protected readonly question = signal('');
  protected readonly options = signal('');
  protected readonly titleTouched = signal(false);

  constructor() {
    effect(() => {
      const lessonId = this.lessonId() ?? null;
      untracked(() => this.store.dispatch(LessonBuilderPageActions.opened({ lessonId })));
    });
  }

  @HostListener('document:keydown', ['$event'])
  protected undoShortcut(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typing = target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA';
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing && this.canUndo()) {
      event.preventDefault();
      this.undo();
    }
  }

  protected changeDetails(change: Partial<{ title: string; description: string; lengthMinutes: LessonLength }>): void {
    const { title, description, lengthMinutes } = { ...this.draft(), ...change };
    this.store.dispatch(LessonBuilderPageActions.detailsChanged({ title, description, lengthMinutes }));
  }

  protected add(module: ModuleSummary): void {
    this.store.dispatch(LessonBuilderPageActions.stepAdded({ step: moduleStep(module) }));
    this.announcer.announce(this.i18n.translate('lessons.added', { title: module.title }));
  }

  protected addReflection(): void {
    const question = this.question().trim();
    if (question.length < 3) return;
    const options = this.options().split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 6);
    this.store.dispatch(LessonBuilderPageActions.stepAdded({ step: reflectionStep(question, options.length >= 2 ? options : []) }));
    this.question.set('');
    this.options.set('');
  }

  protected move({ from, to }: { from: number; to: number }): void {
    const step = this.draft().steps[from];
    this.store.dispatch(LessonBuilderPageActions.stepMoved({ from, to }));
    this.announcer.announce(this.i18n.translate('lessons.moved', { title: step?.title ?? '', position: to + 1, count: this.draft().steps.length }));
    // Keep keyboard focus on the moved step's same button, now at its new place.
    queueMicrotask(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('app-lesson-step-list li')[to]?.querySelectorAll('button');
      const button = buttons?.[to < from ? 0 : 1];
      (button && !button.disabled ? button : buttons?.[to < from ? 1 : 0])?.focus();
    });
  }

  protected remove(index: number): void {
    const step = this.draft().steps[index];
    this.store.dispatch(LessonBuilderPageActions.stepRemoved({ index }));
    this.announcer.announce(this.i18n.translate('lessons.removed', { title: step?.title ?? '' }));
  }

  protected undo(): void {
    this.store.dispatch(LessonBuilderPageActions.undoClicked());
    this.announcer.announce(this.i18n.translate('lessons.undone'));
  }

  protected save(): void {
    const title = this.draft().title.trim();
    if (title.length < 3) {
      this.titleTouched.set(true);
      return;
    }
    this.store.dispatch(LessonBuilderPageActions.saveClicked());
  }

  protected duplicate(): void {
    this.store.dispatch(LessonBuilderPageActions.duplicateClicked());
  }
}
