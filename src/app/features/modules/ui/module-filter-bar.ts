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
      <mat-form-field appearance="outline">
        <mat-label>{{ 'moduleEditor.leerjaren' | t }}</mat-label>
        <mat-select [value]="filters().leerjaar?.toString() ?? ''" (valueChange)="set('leerjaar', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          @for (leerjaar of leerjaren; track leerjaar) {
            <mat-option [value]="leerjaar.toString()">{{ leerjaar }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.maxDuration' | t }}</mat-label>
        <mat-select [value]="filters().maxMinutes?.toString() ?? ''" (valueChange)="set('maxMinutes', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          @for (minutes of durations; track minutes) {
            <mat-option [value]="minutes.toString()">{{ 'modules.upTo' | t: { count: minutes } }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.quality' | t }}</mat-label>
        <mat-select [value]="filters().quality ?? ''" (valueChange)="set('quality', $event)">
          <mat-option value="">{{ 'modules.any' | t }}</mat-option>
          <mat-option value="complete">{{ 'modules.qualityComplete' | t }}</mat-option>
          <mat-option value="incomplete">{{ 'modules.qualityIncomplete' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'modules.opleiding' | t }}</mat-label>
        <input
          matInput
          type="search"
          [value]="filters().opleiding ?? ''"
          (blur)="setText('opleiding', $any($event.target).value)"
          (keydown.enter)="setText('opleiding', $any($event.target).value)"
        />
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
  protected readonly leerjaren = [1, 2, 3, 4, 5, 6] as const;
  protected readonly durations = [1, 3, 5, 10, 20] as const;

  protected sectorLabel(sector: string): TranslationKey {
    return `modules.sectors.${sector}` as TranslationKey;
  }

  /** Searches on Enter or on leaving the field, and only when the text really changed. */
  protected search(value: string): void {
    this.setText('q', value);
  }

  protected setText(key: 'q' | 'opleiding', value: string): void {
    if (value.trim() !== (this.filters()[key] ?? '')) this.set(key, value);
  }

  protected set(key: keyof Filters, value: string): void {
    const next: Record<string, unknown> = { ...this.filters() };
    const trimmed = value.trim();
    if (trimmed) next[key] = key === 'leerjaar' || key === 'maxMinutes' ? Number(trimmed) : trimmed;
    else delete next[key];
    this.changed.emit(next as Filters);
  }
}
