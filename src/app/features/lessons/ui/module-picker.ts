import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { ModuleSummary } from '@koers/contracts';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** The side panel of the builder: published modules to add, with a quick search. */
@Component({
  selector: 'app-module-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatIcon, MatInput, MatLabel, TranslatePipe],
  template: `
    <mat-form-field appearance="outline" class="search">
      <mat-label>{{ 'lessons.searchModules' | t }}</mat-label>
      <input matInput type="search" [value]="query()" (input)="query.set($any($event.target).value)" />
    </mat-form-field>
    <ul class="modules">
      @for (module of shown(); track module.id) {
        <li>
          <span class="title">{{ module.title }}</span>
          <span class="meta">{{ (module.type === 'video' ? 'modules.video' : 'modules.game') | t }} · {{ 'modules.minutes' | t: { count: minutes(module) } }}</span>
          <button mat-stroked-button type="button" [attr.aria-label]="'lessons.addModule' | t: { title: module.title }" (click)="added.emit(module)">
            <mat-icon aria-hidden="true">add</mat-icon>{{ 'lessons.add' | t }}
          </button>
        </li>
      } @empty {
        <li class="meta">{{ 'lessons.noModules' | t }}</li>
      }
    </ul>
  `,
  styles: `
    .search { width: 100%; }
    .modules { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.75rem; max-height: 60vh; overflow: auto; }
    li { display: grid; grid-template-columns: 1fr auto; gap: 0 0.5rem; align-items: center; }
    .title { grid-column: 1; font-weight: 500; }
    .meta { grid-column: 1; font-size: 0.85rem; color: var(--mat-sys-on-surface-variant); }
    button { grid-column: 2; grid-row: 1 / span 2; }
  `,
})
export class ModulePicker {
  readonly modules = input.required<readonly ModuleSummary[]>();
  readonly added = output<ModuleSummary>();
  protected readonly query = signal('');
  protected readonly shown = computed(() => {
    const query = this.query().trim().toLocaleLowerCase('nl');
    return query ? this.modules().filter((module) => module.title.toLocaleLowerCase('nl').includes(query)) : this.modules();
  });

  protected minutes(module: ModuleSummary): number {
    return Math.max(1, Math.ceil(module.durationSeconds / 60));
  }
}
