import { nl } from './dictionaries/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must fill: the Dutch dictionary with any string as value. */
export type Dictionary = Strings<typeof nl>;

type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];

/** A dotted path to one text, e.g. `signIn.heading`. */
export type TranslationKey = KeyPaths<Dictionary>;

export type TranslationParams = Readonly<Record<string, string | number>>;
