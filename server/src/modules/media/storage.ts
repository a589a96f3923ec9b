import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Where uploaded media bytes live. The local-disk implementation below is the default; an
 * object-storage implementation (S3-compatible) can replace it without touching the routes,
 * which only use this interface. Keys are opaque strings chosen by the caller.
 */
export interface MediaStorage {
  /** A writable for a new upload; `commit(key)` moves it into place, `discard()` removes it. */
  createUpload(): Promise<PendingUpload>;
  /** Reads `[start, end]` (inclusive) or the whole object. */
  read(key: string, range?: { readonly start: number; readonly end: number }): Readable;
  /** Size in bytes, or null when there is no such object. */
  size(key: string): Promise<number | null>;
  delete(key: string): Promise<void>;
}

export interface PendingUpload {
  readonly stream: Writable;
  /** Local path of the bytes written so far (for sniffing and reading the duration). */
  readonly path: string;
  commit(key: string): Promise<void>;
  discard(): Promise<void>;
}

/** Keys may contain `/` to fan out directories; nothing may climb out of the root. */
function safePath(root: string, key: string): string {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes('..')) throw new Error(`invalid media key: ${key}`);
  return path.join(root, key);
}

export function localDiskStorage(root: string): MediaStorage {
  const incoming = path.join(root, '.incoming');
  return {
    async createUpload() {
      await mkdir(incoming, { recursive: true });
      const file = path.join(incoming, randomUUID());
      const stream = createWriteStream(file, { flags: 'wx' });
      return {
        stream,
        path: file,
        async commit(key) {
          const target = safePath(root, key);
          await mkdir(path.dirname(target), { recursive: true });
          // rename is atomic within one file system: a reader never sees half a file.
          await rename(file, target);
        },
        async discard() {
          stream.destroy();
          await rm(file, { force: true });
        },
      };
    },
    read(key, range) {
      return createReadStream(safePath(root, key), range ? { start: range.start, end: range.end } : {});
    },
    async size(key) {
      try {
        return (await stat(safePath(root, key))).size;
      } catch {
        return null;
      }
    },
    async delete(key) {
      await rm(safePath(root, key), { force: true });
    },
  };
}
