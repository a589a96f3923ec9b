import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { inject } from '@angular/core';
import {
  GAME_ITEM_LIMITS,
  GAME_KINDS,
  gameItemOptions,
  NIVEAUS,
  QUALITY_CRITERIA,
  SECTORS,
  type CreateModuleRequest,
  type FieldError,
  type GameKind,
  type ModuleDetail,
  type ModuleType,
  type Niveau,
  type QualityCriterion,
  type Sector,
} from '@koers/contracts';
import type { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const LEERJAREN = [1, 2, 3, 4, 5, 6] as const;

/** Module metadata, the quality checklist and game settings; validated here and again by the server. */
@Component({
  selector: 'app-module-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatCheckbox, MatError, MatFormField, MatHint, MatInput, MatLabel, MatOption, MatSelect, ReactiveFormsModule, TranslatePipe],
  templateUrl: './module-form.html',
  styleUrl: './module-form.scss',
})
export class ModuleForm {
  private readonly fb = inject(NonNullableFormBuilder);
  /** The module being edited, or null for a new one. */
  readonly module = input<ModuleDetail | null>(null);
  readonly saving = input(false);
  readonly serverErrors = input<readonly FieldError[]>([]);
  readonly submitted = output<CreateModuleRequest>();

  protected readonly niveaus = NIVEAUS;
  protected readonly leerjaren = LEERJAREN;
  protected readonly sectors = SECTORS;
  protected readonly criteria = QUALITY_CRITERIA;
  protected readonly gameKinds = GAME_KINDS;

  protected readonly form = this.fb.group({
    type: this.fb.control<ModuleType>('video'),
    title: this.fb.control('', [Validators.required, Validators.minLength(3), Validators.maxLength(120)]),
    description: this.fb.control('', [Validators.maxLength(2000)]),
    niveaus: this.fb.control<Niveau[]>([], [Validators.required]),
    leerjaren: this.fb.control<number[]>([], [Validators.required]),
    sectors: this.fb.control<Sector[]>([], [Validators.required]),
    opleidingen: this.fb.control(''),
    beroepen: this.fb.control(''),
    maker: this.fb.control('', [Validators.maxLength(200)]),
    source: this.fb.control('', [Validators.maxLength(300)]),
    sourceUrl: this.fb.control('', [Validators.pattern(/^https?:\/\/\S+$/), Validators.maxLength(500)]),
    minutes: this.fb.control(3, [Validators.min(1), Validators.max(30)]),
    gameKind: this.fb.control<GameKind>('kans-of-geen-kans'),
    gameItems: this.fb.control<string[]>([]),
    quality: new FormGroup(
      Object.fromEntries(
        QUALITY_CRITERIA.map((criterion) => [criterion, this.fb.group({ met: this.fb.control(false), note: this.fb.control('', [Validators.maxLength(500)]) })]),
      ) as Record<QualityCriterion, FormGroup<{ met: FormControl<boolean>; note: FormControl<string> }>>,
    ),
  });

  constructor() {
    effect(() => {
      const module = this.module();
      if (!module) return;
      this.form.reset({
        type: module.type,
        title: module.title,
        description: module.description,
        niveaus: [...module.niveaus],
        leerjaren: [...module.leerjaren],
        sectors: [...module.sectors],
        opleidingen: module.opleidingen.join('\n'),
        beroepen: module.beroepen.join('\n'),
        maker: module.maker,
        source: module.source,
        sourceUrl: module.sourceUrl ?? '',
        minutes: Math.max(1, Math.round(module.durationSeconds / 60)),
        gameKind: module.game?.kind ?? 'kans-of-geen-kans',
        gameItems: [...(module.game?.items ?? [])],
        quality: module.quality,
      });
      this.form.controls.type.disable();
    });
  }

  protected sectorLabel(sector: Sector): TranslationKey {
    return `modules.sectors.${sector}`;
  }

  protected criterionLabel(criterion: QualityCriterion): TranslationKey {
    return `modules.criteria.${criterion}`;
  }

  protected criterionHelp(criterion: QualityCriterion): TranslationKey {
    return `moduleEditor.criteriaHelp.${criterion}`;
  }

  private readonly gameKind = toSignal(this.form.controls.gameKind.valueChanges, { initialValue: this.form.controls.gameKind.value });
  private readonly chosenItems = toSignal(this.form.controls.gameItems.valueChanges, { initialValue: this.form.controls.gameItems.value });
  /** The catalogue's beroepen for the chosen game (plus any chosen earlier that it no longer knows). */
  protected readonly gameItemChoices = computed(() => {
    const options = gameItemOptions(this.gameKind());
    return [...options, ...this.chosenItems().filter((item) => !options.includes(item))];
  });
  protected readonly gameLimits = computed(() => GAME_ITEM_LIMITS[this.gameKind()]);

  protected gameLabel(kind: GameKind): TranslationKey {
    return `moduleEditor.games.${kind}`;
  }

  /** The server's message for a field, e.g. `/title`, shown next to that field. */
  protected serverError(field: string): string | null {
    return this.serverErrors().find((error) => error.field === field)?.message ?? null;
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const game = value.type === 'game';
    this.submitted.emit({
      type: value.type,
      title: value.title.trim(),
      description: value.description.trim(),
      niveaus: value.niveaus,
      leerjaren: [...value.leerjaren].sort((a, b) => a - b),
      sectors: value.sectors,
      opleidingen: lines(value.opleidingen),
      beroepen: lines(value.beroepen),
      maker: value.maker.trim(),
      source: value.source.trim(),
      sourceUrl: value.sourceUrl.trim() || null,
      quality: value.quality,
      game: game ? { kind: value.gameKind, items: value.gameItems } : null,
      ...(game ? { durationSeconds: value.minutes * 60 } : {}),
    });
  }
}
