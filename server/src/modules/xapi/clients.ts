/**
 * External tools (H5P, third-party games) send statements with HTTP Basic credentials: a key and
 * a secret per tool, created for one school. Only a SHA-256 of the secret is stored: secrets are
 * long random strings (not passwords people choose), so a slow password hash would only cost time
 * on every request. The demo seed creates `demo-tool` / `demo-tool-secret` in demo mode.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index';
import { xapiClients } from '../../db/schema';

export const DEMO_TOOL_KEY = 'demo-tool';
export const DEMO_TOOL_SECRET = 'demo-tool-secret';

export interface XapiClient {
  readonly id: string;
  readonly schoolId: string;
  readonly key: string;
  readonly name: string;
}

export function hashSecret(secret: string): string {
  return `sha256$${createHash('sha256').update(secret, 'utf8').digest('hex')}`;
}

function secretMatches(secret: string, stored: string): boolean {
  const expected = Buffer.from(stored);
  const actual = Buffer.from(hashSecret(secret));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Creates a tool's credentials; returns the secret, which is shown once and never stored. */
export async function createXapiClient(
  db: Db,
  schoolId: string,
  name: string,
  credentials: { readonly key?: string; readonly secret?: string } = {},
): Promise<{ readonly id: string; readonly key: string; readonly secret: string }> {
  const key = credentials.key ?? `tool-${randomBytes(6).toString('hex')}`;
  const secret = credentials.secret ?? randomBytes(24).toString('base64url');
  const [row] = await db.insert(xapiClients).values({ schoolId, name, key, secretHash: hashSecret(secret) }).returning({ id: xapiClients.id });
  if (!row) throw new Error('Inserting an xAPI client returned no row.');
  return { id: row.id, key, secret };
}

/** The tool behind `Authorization: Basic …`, or null for unknown, revoked or wrong credentials. */
export async function authenticateXapiClient(db: Db, authorization: string): Promise<XapiClient | null> {
  const credentials = parseBasic(authorization);
  if (!credentials) return null;
  const [row] = await db
    .select({ id: xapiClients.id, schoolId: xapiClients.schoolId, key: xapiClients.key, name: xapiClients.name, secretHash: xapiClients.secretHash })
    .from(xapiClients)
    .where(and(eq(xapiClients.key, credentials.key), isNull(xapiClients.revokedAt)));
  // Hash even for an unknown key, so timing does not tell which keys exist.
  const matches = secretMatches(credentials.secret, row?.secretHash ?? hashSecret(randomBytes(16).toString('hex')));
  if (!row || !matches) return null;
  return { id: row.id, schoolId: row.schoolId, key: row.key, name: row.name };
}

/**
 * Remembers successful Basic sign-ins for a short while, so a busy tool does not cost a database
 * round trip per request (on PGlite that query would wait behind every group commit). Keyed by a
 * hash of the header, never the secret itself; a revoked tool is refused again after at most `ttlMs`.
 */
export class XapiClientCache {
  private readonly entries = new Map<string, { readonly client: XapiClient; readonly expires: number }>();

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 1000,
  ) {}

  async authenticate(authorization: string): Promise<XapiClient | null> {
    const key = createHash('sha256').update(authorization).digest('hex');
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.expires > now) return cached.client;
    this.entries.delete(key);
    const client = await authenticateXapiClient(this.db, authorization);
    if (client) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { client, expires: now + this.ttlMs });
    }
    return client;
  }
}

/** `Basic base64(key:secret)` → the parts, or null when malformed. */
export function parseBasic(authorization: string): { readonly key: string; readonly secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

export function isBasicAuthorization(value: string | undefined): boolean {
  return typeof value === 'string' && /^Basic\s/i.test(value);
}

/** Demo mode: the tool credentials README and the start log show. */
export async function seedDemoXapiClient(db: Db, schoolId: string): Promise<void> {
  await createXapiClient(db, schoolId, 'Demo tool (H5P-voorbeeld)', { key: DEMO_TOOL_KEY, secret: DEMO_TOOL_SECRET });
}

/** The line printed at start next to the demo accounts. */
export function formatDemoToolListing(): string {
  return `xAPI tool (HTTP Basic on /xapi/statements): ${DEMO_TOOL_KEY} / ${DEMO_TOOL_SECRET}`;
}
