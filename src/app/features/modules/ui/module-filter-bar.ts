import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { NIVEAUS, SECTORS, type ModuleFilters as Filters } from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** Search and filters of the library; emits the complete new filter set on every change. */
@Component({
  selector: 'app-module-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatFormField, MatHint, MatIcon, MatInput, MatLabel, MatOption, MatPrefix, MatSelect, TranslatePipe],
  template: `
    <form class="filters" role="search" (submit)="$event.preventDefault()">
      <mat-form-field appearance="outline" class="search">
        <mat-label>{{ 'modules.search' | t }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input
          matInput
          type="search"
          [value]="filters().q ?? ''"
          (blur)="search($any($event.target).value)"
          (keydown.enter)="search($any($event.target).value)"
        />
        <mat-hint>{{ 'modules.searchHint' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.type' | t }}</mat-label>
        <mat-select [value]="filters().type ?? ''" (valueChange)="set('type', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          <mat-option value="video">{{ 'modules.video' | t }}</mat-option>
          <mat-option value="game">{{ 'modules.game' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.sector' | t }}</mat-label>
        <mat-select [value]="filters().sector ?? ''" (valueChange)="set('sector', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          @for (sector of sectors; track sector) {
            <mat-option [value]="sector">{{ sectorLabel(sector) | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.niveau' | t }}</mat-label>
        <mat-select [value]="filters().niveau ?? ''" (valueChange)="set('niveau', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          @for (niveau of niveaus; track niveau) {
            <mat-option [value]="niveau">{{ niveau }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.status' | t }}</mat-label>
        <mat-select [value]="filters().status ?? ''" (valueChange)="set('status', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          <mat-option value="published">{{ 'modules.published' | t }}</mat-option>
          <mat-option value="draft">{{ 'modules.draft' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
      @if (active()) {
        <button mat-stroked-button type="button" class="clear" (click)="changed.emit({})">
          {{ 'modules.clearFilters' | t }}
        </button>
      }
    </form>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; margin-bottom: 0.5rem; }
    .search { flex: 1 1 16rem; }
    mat-form-field:not(.search) { flex: 0 1 12rem; }
    .clear { margin-top: 0.6rem; }
  `,
})
export class ModuleFilterBar {
  readonly filters = input.required<Filters>();
  readonly active = input(false);
  readonly changed = output<Filters>();
  protected readonly sectors = SECTORS;
  protected readonly niveaus = NIVEAUS;

  protected sectorLabel(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }

  /** Searches on Enter or on leaving the field, and only when the text really changed. */
  protected search(value: string): void {
    if (value.trim() !== (this.filters().q ?? '')) this.set('q', value);
  }

  protected set(key: keyof Filters, value: string): void {
    const next: Record<string, unknown> = { ...this.filters() };
    const trimmed = value.trim();
    if (trimmed) next[key] = trimmed;
    else delete next[key];
    this.changed.emit(next as Filters);
  }
}
