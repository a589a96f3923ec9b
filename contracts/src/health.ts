/** GET /api/health */
export interface HealthResponse {
  readonly status: 'ok';
  readonly database: 'pglite' | 'postgresql';
  /** Tag of the latest applied migration, e.g. `0000_foundation`. */
  readonly migration: string;
}
