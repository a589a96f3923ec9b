/**
 * RFC 9457 problem details, as every API error is answered (`application/problem+json`).
 * `code` is stable and machine-readable: the SPA translates by code, so the UI speaks the
 * user's language; `detail` is a Dutch (or, with Accept-Language: en, English) sentence for
 * other clients.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  readonly instance?: string;
  /** For validation problems: each failing field (JSON pointer style, e.g. `/email`) and why. */
  readonly errors?: readonly FieldError[];
  /** For `import_has_errors`: the full import report (see ProspectImportReport). */
  readonly report?: unknown;
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type ProblemCode =
  | 'validation'
  | 'not_found'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'rate_limited'
  | 'invalid_credentials'
  | 'unknown_class_code'
  | 'unknown_personal_code'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'conflict'
  | 'lesson_other_class'
  | 'lesson_not_open'
  | 'lesson_module_missing'
  | 'import_has_errors'
  | 'internal';

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}
