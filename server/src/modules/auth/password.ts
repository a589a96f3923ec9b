import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt password hashes, stored as `scrypt$<log2 N>$<r>$<p>$<salt b64>$<key b64>` so the cost can
 * be raised later without breaking existing hashes (ADR 0005). N = 2^17, r = 8, p = 1 is OWASP's
 * minimum for scrypt; it needs 128 · N · r = 128 MiB, above Node's default 32 MiB `maxmem`.
 */
const DEFAULT_PARAMS = { logN: 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

interface Params {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

export async function hashPassword(password: string, params: Params = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return ['scrypt', params.logN, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Constant-time check; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** A hash of a random password nobody knows, with the default cost (see verifyAgainstDummy). */
const DUMMY_HASH =
  'scrypt$17$8$1$P5xhHfzL9v93pwZWngp4mg==$yLx9XWhMgKBeMVMojkkv1xSlayIjBXO/8EV+SZdiboFp5VxPNmyJKtNBPobJM1PuUPFsQ+DhL68LvpZLun9XiQ==';

/**
 * Spends the same time as checking a real password, for unknown e-mail addresses, so response
 * times do not reveal which addresses have an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(password, DUMMY_HASH);
  return false;
}

function derive(password: string, salt: Buffer, params: Params): Promise<Buffer> {
  const N = 2 ** params.logN;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 256 * N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function parseHash(stored: string): { params: Params; salt: Buffer; key: Buffer } | null {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  const params = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (![params.logN, params.r, params.p].every((value) => Number.isInteger(value) && value > 0) || params.logN > 22) return null;
  return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}
