import type { ProblemCode } from '@koers/contracts';

export type Language = 'nl' | 'en';

/** Dutch by default; English when the client's first preference is English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

interface Text {
  readonly title: string;
  readonly detail: string;
}

/** Title and detail per problem code. `{retry}` is filled in for rate limiting. */
export const PROBLEM_TEXTS: Readonly<Record<ProblemCode, Readonly<Record<Language, Text>>>> = {
  validation: {
    nl: { title: 'Ongeldige invoer', detail: 'Niet alle velden zijn goed ingevuld.' },
    en: { title: 'Invalid input', detail: 'Some fields are not filled in correctly.' },
  },
  lesson_other_class: {
    nl: { title: 'Niet voor jouw klas', detail: 'Deze les is voor een andere klas gepland. Vraag je docent om de goede link.' },
    en: { title: 'Not for your class', detail: 'This lesson is planned for another class. Ask your teacher for the right link.' },
  },
  lesson_not_open: {
    nl: { title: 'Deze les is nog niet open', detail: 'Je kunt deze les spelen vanaf de dag dat hij begint.' },
    en: { title: 'This lesson is not open yet', detail: 'You can play this lesson from the day it starts.' },
  },
  lesson_module_missing: {
    nl: { title: 'Les niet compleet', detail: 'Een onderdeel van deze les ontbreekt. Laat het je decaan weten.' },
    en: { title: 'Lesson incomplete', detail: 'Part of this lesson is missing. Please tell your careers counsellor.' },
  },
  not_found: {
    nl: { title: 'Niet gevonden', detail: 'Dit bestaat niet (meer).' },
    en: { title: 'Not found', detail: 'This does not exist (any more).' },
  },
  unauthenticated: {
    nl: { title: 'Niet ingelogd', detail: 'Log eerst in.' },
    en: { title: 'Not signed in', detail: 'Please sign in first.' },
  },
  forbidden: {
    nl: { title: 'Geen toegang', detail: 'Je hebt geen toegang tot deze gegevens.' },
    en: { title: 'Forbidden', detail: 'You do not have access to this.' },
  },
  csrf: {
    nl: {
      title: 'Beveiligingscontrole mislukt',
      detail: 'De beveiligingscode van dit verzoek ontbreekt of is verlopen. Laad de pagina opnieuw en probeer het nog eens.',
    },
    en: {
      title: 'Security check failed',
      detail: 'The security token of this request is missing or expired. Reload the page and try again.',
    },
  },
  rate_limited: {
    nl: { title: 'Te veel pogingen', detail: 'Te veel inlogpogingen. Probeer het over {retry} opnieuw.' },
    en: { title: 'Too many attempts', detail: 'Too many sign-in attempts. Try again in {retry}.' },
  },
  invalid_credentials: {
    nl: { title: 'Inloggen mislukt', detail: 'E-mailadres of wachtwoord klopt niet.' },
    en: { title: 'Sign-in failed', detail: 'E-mail address or password is incorrect.' },
  },
  unknown_class_code: {
    nl: { title: 'Onbekende klascode', detail: 'Deze klascode kennen we niet. Controleer de code bij je mentor.' },
    en: { title: 'Unknown class code', detail: 'We do not know this class code. Check the code with your mentor.' },
  },
  unknown_personal_code: {
    nl: { title: 'Onbekende code', detail: 'Deze persoonlijke code hoort niet bij deze klas.' },
    en: { title: 'Unknown code', detail: 'This personal code does not belong to this class.' },
  },
  payload_too_large: {
    nl: { title: 'Te groot', detail: 'Het verzoek is te groot.' },
    en: { title: 'Too large', detail: 'The request is too large.' },
  },
  unsupported_media_type: {
    nl: { title: 'Niet ondersteund formaat', detail: 'Dit formaat wordt niet ondersteund; stuur JSON.' },
    en: { title: 'Unsupported media type', detail: 'This format is not supported; send JSON.' },
  },
  import_has_errors: {
    nl: { title: 'Bestand bevat fouten', detail: 'Er is niets geïmporteerd: het bestand bevat fouten. Bekijk het foutenrapport, of kies ervoor alleen de geldige rijen te importeren.' },
    en: { title: 'File has errors', detail: 'Nothing was imported: the file has errors. See the error report, or choose to import only the valid rows.' },
  },
  conflict: {
    nl: { title: 'Conflict', detail: 'Dit botst met gegevens die er al zijn.' },
    en: { title: 'Conflict', detail: 'This conflicts with existing data.' },
  },
  internal: {
    nl: { title: 'Serverfout', detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
    en: { title: 'Server error', detail: 'Something went wrong on our side. Please try again later.' },
  },
};

/** "5 minuten" / "1 minute" / "30 seconden": how long to wait, rounded up. */
export function formatWait(seconds: number, language: Language): string {
  if (seconds < 60) return plural(Math.max(1, Math.ceil(seconds)), language === 'nl' ? ['seconde', 'seconden'] : ['second', 'seconds']);
  return plural(Math.ceil(seconds / 60), language === 'nl' ? ['minuut', 'minuten'] : ['minute', 'minutes']);
}

function plural(count: number, [one, many]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A field's validation message per JSON-schema keyword (Ajv's `keyword` and `params`). */
export function fieldMessage(keyword: string, params: Readonly<Record<string, unknown>>, language: Language): string {
  const limit = params['limit'];
  const nl: Record<string, string> = {
    required: 'is verplicht',
    type: 'heeft het verkeerde type',
    minLength: limit === 1 ? 'mag niet leeg zijn' : `moet minstens ${limit} tekens hebben`,
    maxLength: `mag hoogstens ${limit} tekens hebben`,
    format: 'heeft niet de juiste vorm',
    pattern: 'heeft niet de juiste vorm',
    enum: 'is geen toegestane waarde',
    minimum: `moet minstens ${limit} zijn`,
    maximum: `mag hoogstens ${limit} zijn`,
    additionalProperties: 'is geen bekend veld',
  };
  const en: Record<string, string> = {
    required: 'is required',
    type: 'has the wrong type',
    minLength: limit === 1 ? 'must not be empty' : `must have at least ${limit} characters`,
    maxLength: `must have at most ${limit} characters`,
    format: 'is not in the right format',
    pattern: 'is not in the right format',
    enum: 'is not an allowed value',
    minimum: `must be at least ${limit}`,
    maximum: `must be at most ${limit}`,
    additionalProperties: 'is not a known field',
  };
  const table = language === 'nl' ? nl : en;
  return table[keyword] ?? (language === 'nl' ? 'is ongeldig' : 'is invalid');
}
