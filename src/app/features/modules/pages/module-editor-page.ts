import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { CreateModuleRequest, UpdateModuleRequest } from '@koers/contracts';
import { Store } from '@ngrx/store';
import { errorText } from '../../../core/http/error-message';
import { I18n } from '../../../core/i18n/i18n';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { RequestError } from '../../../shared/ui/request-error/request-error';
import { VideoPlayer } from '../../../shared/ui/video-player/video-player';
import { ModuleDetailPageActions, ModuleEditorPageActions, type UploadKind } from '../state/modules.actions';
import { modulesFeature } from '../state/modules.feature';
import { ModuleForm } from '../ui/module-form';
import { UploadField } from '../ui/upload-field';

const MAX_VIDEO_BYTES = 200 * 1024 * 1024;

/** `/modules/nieuw` creates a module; `/modules/:moduleId/bewerken` edits it and takes its files. */
@Component({
  selector: 'app-module-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatCard, MatCardContent, MatIcon, ModuleForm, RequestError, RouterLink, TranslatePipe, UploadField, VideoPlayer],
  templateUrl: './module-editor-page.html',
  styles: `
    .back { display: inline-flex; align-items: center; gap: 0.25rem; margin-bottom: 1rem; color: var(--mat-sys-primary); }
    .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
    @media (max-width: 1000px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .files mat-card-content { display: flex; flex-direction: column; gap: 1.5rem; }
    .frame { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-top: -0.75rem; }
    .frame .hint { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .notice { padding: 0.75rem 1rem; border-radius: 8px; background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
  `,
})
export class ModuleEditorPage {
  private readonly store = inject(Store);
  private readonly i18n = inject(I18n);
  /** Route parameter; absent on `/modules/nieuw`. */
  readonly moduleId = input<string | undefined>(undefined);

  private readonly loaded = this.store.selectSignal(modulesFeature.selectDetail);
  protected readonly module = computed(() => {
    const module = this.loaded();
    return module && module.id === this.moduleId() ? module : null;
  });
  protected readonly saving = this.store.selectSignal(modulesFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(modulesFeature.selectSaveError);
  protected readonly loadError = this.store.selectSignal(modulesFeature.selectDetailError);
  private readonly upload = this.store.selectSignal(modulesFeature.selectUpload);
  private readonly uploadError = this.store.selectSignal(modulesFeature.selectUploadError);
  private readonly clientRejection = signal<{ kind: UploadKind; reason: 'type' | 'size' } | null>(null);
  protected readonly maxVideoBytes = MAX_VIDEO_BYTES;
  private readonly player = viewChild(VideoPlayer);
  protected readonly capturing = signal(false);
  protected readonly publishBlockers = computed(() => {
    const module = this.module();
    if (!module || module.type !== 'video') return [];
    return [...(module.videoUrl ? [] : ['video' as const]), ...(module.captionsUrl ? [] : ['captions' as const])];
  });

  constructor() {
    effect(() => {
      const moduleId = this.moduleId();
      if (moduleId) untracked(() => this.store.dispatch(ModuleDetailPageActions.opened({ moduleId })));
    });
  }

  protected percent(kind: UploadKind): number | null {
    const upload = this.upload();
    return upload?.kind === kind ? upload.percent : null;
  }

  /** Client-side rejection or the server's problem, with the server's per-line details (WebVTT). */
  protected messages(kind: UploadKind): string[] {
    const rejection = this.clientRejection();
    if (rejection?.kind === kind) return [this.i18n.translate(rejection.reason === 'type' ? 'moduleEditor.wrongType' : 'moduleEditor.tooLarge')];
    const failed = this.uploadError();
    if (failed?.kind !== kind) return [];
    return [errorText(this.i18n, failed.error), ...failed.error.fieldErrors.map((error) => error.message)];
  }

  protected save(request: CreateModuleRequest): void {
    const moduleId = this.moduleId();
    if (!moduleId) {
      this.store.dispatch(ModuleEditorPageActions.createSubmitted({ request }));
      return;
    }
    // The type of a module never changes after it is made.
    const update: Record<string, unknown> = { ...request };
    delete update['type'];
    this.store.dispatch(ModuleEditorPageActions.updateSubmitted({ moduleId, request: update as unknown as UpdateModuleRequest }));
  }

  protected choose(kind: UploadKind, file: File): void {
    const moduleId = this.moduleId();
    if (!moduleId) return;
    this.clientRejection.set(null);
    this.store.dispatch(ModuleEditorPageActions.fileChosen({ moduleId, kind, file }));
  }

  /** The frame on screen in the preview becomes the thumbnail (uploaded like a chosen image). */
  protected async useFrame(): Promise<void> {
    const player = this.player();
    if (!player) return;
    this.capturing.set(true);
    try {
      const blob = await player.captureFrame();
      this.choose('thumbnail', new File([blob], 'beeld-uit-video.jpg', { type: 'image/jpeg' }));
    } finally {
      this.capturing.set(false);
    }
  }

  protected reject(kind: UploadKind, reason: 'type' | 'size'): void {
    this.clientRejection.set({ kind, reason });
  }

  protected publish(): void {
    const moduleId = this.moduleId();
    if (moduleId) this.store.dispatch(ModuleEditorPageActions.publishClicked({ moduleId }));
  }
}
