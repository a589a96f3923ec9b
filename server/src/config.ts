import path from 'node:path';
import { XAPI_MAX_BATCH } from '@koers/contracts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** A sliding window for one kind of sign-in attempt. */
export interface RateLimitRule {
  readonly max: number;
  readonly windowMs: number;
}

export interface RateLimitConfig {
  /** Staff sign-in, per client IP and e-mail address. */
  readonly staffSignIn: RateLimitRule;
  /** Student class-code checks and sign-ins, per client IP and class code. A whole class often
   *  shares one school IP, so this is higher than the staff limit. */
  readonly studentSignIn: RateLimitRule;
  /** All sign-in routes together, per client IP. */
  readonly signInPerIp: RateLimitRule;
}

/** The xAPI statement store (issue 5). */
export interface XapiConfig {
  /** Largest request body of POST/PUT /xapi/statements (KOERS_XAPI_MAX_BODY_KB, default 1024 KB); larger → 413. */
  readonly maxBodyBytes: number;
  /** Statements per request at most (KOERS_XAPI_MAX_BATCH, default XAPI_MAX_BATCH = 500). */
  readonly maxBatch: number;
  /** How long concurrent requests are collected into one transaction when none is in flight (ms). */
  readonly groupCommitWindowMs: number;
  /** Statements per group-commit transaction at most. */
  readonly groupCommitMaxStatements: number;
}

export const DEFAULT_XAPI_CONFIG: XapiConfig = {
  maxBodyBytes: 1024 * 1024,
  maxBatch: XAPI_MAX_BATCH,
  groupCommitWindowMs: 2,
  groupCommitMaxStatements: 5000,
};

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** A PostgreSQL server, or `null` for embedded PGlite in `pgliteDir`. */
  readonly databaseUrl: string | null;
  /** PGlite's data directory (`<dataDir>/pglite`), or `memory://` for a database that lives in memory (tests). */
  readonly pgliteDir: string;
  readonly demo: boolean;
  readonly staticDir: string | null;
  /** Where uploaded media (videos, captions, thumbnails) are stored (`<dataDir>/media`). */
  readonly mediaDir: string;
  /** Largest accepted video upload in bytes (KOERS_MAX_VIDEO_MB, default 200 MB). */
  readonly maxVideoBytes: number;
  readonly cookieSecure: boolean;
  readonly logLevel: LogLevel;
  /** Secret for CSRF tokens; `null` means: read or create `<dataDir>/secret`. */
  readonly secret: string | null;
  readonly rateLimit: RateLimitConfig;
  /** Trust X-Forwarded-For from a reverse proxy (for the client IP in rate limiting). */
  readonly trustProxy: boolean;
  /** Statement store limits; DEFAULT_XAPI_CONFIG when absent. */
  readonly xapi?: XapiConfig;
}

export const MEMORY_PGLITE = 'memory://';

const FIVE_MINUTES = 5 * 60 * 1000;

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  staffSignIn: { max: 10, windowMs: FIVE_MINUTES },
  studentSignIn: { max: 60, windowMs: FIVE_MINUTES },
  signInPerIp: { max: 300, windowMs: FIVE_MINUTES },
};

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the configuration from environment variables; throws on values that make no sense. */
export function configFromEnv(env: Env = process.env, cwd = process.cwd()): Config {
  const dataDir = path.resolve(cwd, nonEmpty(env['KOERS_DATA_DIR']) ?? 'data');
  const databaseUrl = nonEmpty(env['DATABASE_URL']);
  const staticDir = nonEmpty(env['KOERS_STATIC_DIR']);
  return {
    port: parsePort(env['PORT']),
    host: nonEmpty(env['HOST']) ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    pgliteDir: path.join(dataDir, 'pglite'),
    // Demo data belongs in a throwaway embedded database, never silently in a real server.
    demo: parseFlag('KOERS_DEMO', env['KOERS_DEMO']) ?? databaseUrl === null,
    staticDir: staticDir ? path.resolve(cwd, staticDir) : null,
    mediaDir: path.resolve(cwd, nonEmpty(env['KOERS_MEDIA_DIR']) ?? path.join(dataDir, 'media')),
    maxVideoBytes: parseMegabytes('KOERS_MAX_VIDEO_MB', env['KOERS_MAX_VIDEO_MB'], 200),
    cookieSecure: parseFlag('KOERS_COOKIE_SECURE', env['KOERS_COOKIE_SECURE']) ?? env['NODE_ENV'] === 'production',
    logLevel: parseLogLevel(env['KOERS_LOG_LEVEL']),
    secret: nonEmpty(env['KOERS_SECRET']),
    rateLimit: DEFAULT_RATE_LIMITS,
    trustProxy: parseFlag('KOERS_TRUST_PROXY', env['KOERS_TRUST_PROXY']) ?? false,
    xapi: {
      ...DEFAULT_XAPI_CONFIG,
      maxBodyBytes: parseKilobytes('KOERS_XAPI_MAX_BODY_KB', env['KOERS_XAPI_MAX_BODY_KB'], DEFAULT_XAPI_CONFIG.maxBodyBytes / 1024),
      maxBatch: parseCount('KOERS_XAPI_MAX_BATCH', env['KOERS_XAPI_MAX_BATCH'], DEFAULT_XAPI_CONFIG.maxBatch),
      // PGlite has one session: a smaller group keeps every other query's wait short (bench:ingest).
      groupCommitMaxStatements: databaseUrl === null ? 1000 : DEFAULT_XAPI_CONFIG.groupCommitMaxStatements,
    },
  };
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function parsePort(value: string | undefined): number {
  const text = nonEmpty(value);
  if (text === null) return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${text}".`);
  return port;
}

function parseFlag(name: string, value: string | undefined): boolean | null {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined || text === null) return null;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new Error(`${name} must be 1 or 0, got "${value}".`);
}

function parseLogLevel(value: string | undefined): LogLevel {
  const text = nonEmpty(value)?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(text)) {
    throw new Error(`KOERS_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}".`);
  }
  return text as LogLevel;
}

function parseMegabytes(name: string, value: string | undefined, fallback: number): number {
  const raw = nonEmpty(value);
  if (raw === null) return fallback * 1024 * 1024;
  const megabytes = Number(raw);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > 10_000) {
    throw new Error(`${name} must be a number of megabytes between 0 and 10000, not "${raw}"`);
  }
  return Math.round(megabytes * 1024 * 1024);
}

function parseKilobytes(name: string, value: string | undefined, fallback: number): number {
  const raw = nonEmpty(value);
  if (raw === null) return fallback * 1024;
  const kilobytes = Number(raw);
  if (!Number.isFinite(kilobytes) || kilobytes <= 0 || kilobytes > 1024 * 1024) {
    throw new Error(`${name} must be a number of kilobytes between 0 and 1048576, not "${raw}"`);
  }
  return Math.round(kilobytes * 1024);
}

function parseCount(name: string, value: string | undefined, fallback: number): number {
  const raw = nonEmpty(value);
  if (raw === null) return fallback;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error(`${name} must be a whole number between 1 and 100000, not "${raw}"`);
  return count;
}
