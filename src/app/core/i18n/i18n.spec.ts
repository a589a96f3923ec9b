import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { en } from './dictionaries/en';
import { nl } from './dictionaries/nl';
import { I18n, LANGUAGE_STORAGE_KEY } from './i18n';

function flatten(node: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [subKey, text] of flatten(value as object, path)) entries.set(subKey, text);
  }
  return entries;
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(',');

describe('dictionaries', () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it('give English every Dutch key and no other', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of dutch) {
      expect(placeholders(english.get(key) ?? '')).withContext(key).toBe(placeholders(text));
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...dutch, ...english]) expect(text.trim()).withContext(key).not.toBe('');
  });
});

describe('I18n', () => {
  beforeEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));
  afterEach(() => localStorage.removeItem(LANGUAGE_STORAGE_KEY));

  it('speaks Dutch when no language was chosen before', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.language()).toBe('nl');
    expect(i18n.translate('signIn.submit')).toBe('Inloggen');
  });

  it('fills placeholders in', () => {
    const i18n = TestBed.inject(I18n);
    expect(i18n.translate('student.greeting', { name: 'Sanne' })).toBe('Hoi Sanne!');
  });

  it('switches to English, sets <html lang> and remembers the choice', () => {
    const i18n = TestBed.inject(I18n);
    i18n.use('en');
    TestBed.tick();
    expect(i18n.translate('signIn.submit')).toBe('Sign in');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('starts in the language remembered on this device', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(TestBed.inject(I18n).language()).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(TestBed.inject(I18n).language()).toBe('nl');
  });
});
