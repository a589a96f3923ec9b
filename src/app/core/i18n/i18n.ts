import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import { type Dictionary, type Language, LANGUAGES, type TranslationKey, type TranslationParams } from './dictionary';
import { en } from './dictionaries/en';
import { nl } from './dictionaries/nl';

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { nl, en };
export const LANGUAGE_STORAGE_KEY = 'koers.language';

/**
 * Runtime translation: Dutch by default, English on request. The choice is remembered on this
 * device and mirrored in `<html lang>`. Reading `language()` or `translate()` inside a template or
 * `computed()` re-renders when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.storedLanguage());
  readonly language = this.current.asReadonly();

  constructor() {
    effect(() => {
      const language = this.current();
      this.document.documentElement.lang = language;
      this.storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
    });
  }

  use(language: Language): void {
    this.current.set(language);
  }

  translate(key: TranslationKey, params?: TranslationParams): string {
    const text = lookup(DICTIONARIES[this.current()], key);
    return params ? interpolate(text, params) : text;
  }

  private storedLanguage(): Language {
    const stored = this.storage()?.getItem(LANGUAGE_STORAGE_KEY);
    return LANGUAGES.find((language) => language === stored) ?? 'nl';
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage disabled by the browser's privacy settings
    }
  }
}

function lookup(dictionary: Dictionary, key: TranslationKey): string {
  let node: unknown = dictionary;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : key;
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
