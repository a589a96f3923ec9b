import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fieldProblem, ProblemError } from '../../http/problem';
import type { MediaStorage, PendingUpload } from './storage';

/** The first bytes of an upload, enough for every signature `media-probe.ts` checks. */
const HEAD_BYTES = 64;

export interface ReceivedUpload {
  readonly pending: PendingUpload;
  readonly sha256: string;
  readonly bytes: number;
  readonly head: Uint8Array;
}

/**
 * Streams a request body to a temporary file, hashing it and keeping its first bytes, without
 * ever holding the file in memory. Stops with 413 as soon as `maxBytes` is passed (the partial
 * file is removed), so a 2 GB upload costs at most `maxBytes` of disk for a moment.
 */
export async function receiveUpload(storage: MediaStorage, body: Readable, maxBytes: number, field: string): Promise<ReceivedUpload> {
  const pending = await storage.createUpload();
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) return done(tooLarge(field, maxBytes));
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      done(null, chunk);
    },
  });
  // Not `pipeline(body, ...)`: that would destroy the request on 413, and with it the socket the
  // answer must go out on. The client's own abort still ends the upload through `error`.
  body.on('error', (error) => meter.destroy(error));
  body.pipe(meter);
  try {
    await pipeline(meter, pending.stream);
  } catch (error) {
    body.unpipe(meter);
    body.resume(); // discard whatever is still coming; the route closes the connection after answering
    await pending.discard();
    throw error instanceof ProblemError ? error : fieldProblem(field, { nl: 'Het uploaden is afgebroken.', en: 'The upload was interrupted.' });
  }
  if (bytes === 0) {
    await pending.discard();
    throw fieldProblem(field, { nl: 'Het bestand is leeg.', en: 'The file is empty.' });
  }
  return { pending, sha256: hash.digest('hex'), bytes, head: new Uint8Array(Buffer.concat(head)) };
}

/** 413 naming the field and the limit, e.g. "Het bestand is groter dan 200 MB." */
export function tooLarge(field: string, maxBytes: number): ProblemError {
  const megabytes = (locale: string) => (maxBytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 });
  return new ProblemError(413, 'payload_too_large', {
    errors: [{ field, message: { nl: `Het bestand is groter dan ${megabytes('nl-NL')} MB.`, en: `The file is larger than ${megabytes('en-GB')} MB.` } }],
  });
}

/** Random access to the received file, for the duration parsers. */
export async function withFileReader<T>(
  file: string,
  use: (read: (offset: number, length: number) => Promise<Uint8Array>) => Promise<T>,
): Promise<T> {
  const handle = await open(file, 'r');
  try {
    return await use(async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    });
  } finally {
    await handle.close();
  }
}
