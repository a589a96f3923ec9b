import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { TranslationKey, TranslationParams } from './dictionary';
import { I18n } from './i18n';

/**
 * `{{ 'signIn.heading' | t }}`, `{{ 'student.greeting' | t: { name } }}`.
 * Impure so the template tracks the language signal, but cached: it only re-translates when the
 * key, the parameters or the language change.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  private last: { key: TranslationKey; params?: TranslationParams; language: string; text: string } | null = null;

  transform(key: TranslationKey, params?: TranslationParams): string {
    const language = this.i18n.language();
    const last = this.last;
    if (last && last.key === key && last.language === language && sameParams(last.params, params)) return last.text;
    const text = this.i18n.translate(key, params);
    this.last = { key, params, language, text };
    return text;
  }
}

function sameParams(a?: TranslationParams, b?: TranslationParams): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
