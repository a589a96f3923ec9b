import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MEMORY_PGLITE } from '../config';

/** `pg` connects to `<host>/.s.PGSQL.<port>` when host is a directory, as libpq does. */
export const SOCKET_PORT = 5432;
const SOCKET_FILE = `.s.PGSQL.${SOCKET_PORT}`;
/** sockaddr_un allows 108 bytes on Linux (104 on macOS); keep a margin. */
const MAX_SOCKET_PATH = 100;

export class DatabaseInUseError extends Error {
  constructor(readonly pgliteDir: string) {
    super(
      `The database in ${pgliteDir} is in use by another Koers process. ` +
        'Stop that process first (only one process can open an embedded PGlite database).',
    );
    this.name = 'DatabaseInUseError';
  }
}

export interface PgliteWorker {
  /** Directory holding the unix socket: pass it to `pg` as `host` with port SOCKET_PORT. */
  readonly socketDir: string;
  /** Stops the socket server and closes PGlite (checkpoint, data flushed), then ends the thread. */
  close(): Promise<void>;
}

/**
 * Starts PGlite in a worker thread and resolves once it accepts connections.
 * `onExit` is called when the worker dies on its own (a crash), never after `close()`.
 */
export async function startPgliteWorker(pgliteDir: string, onExit: (error: Error) => void): Promise<PgliteWorker> {
  const socket = await prepareSocketDir(pgliteDir);
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir: pgliteDir, socketPath: path.join(socket.dir, SOCKET_FILE) },
  });
  let closing = false;
  try {
    await waitForMessage(worker, 'ready');
  } catch (error) {
    socket.cleanup();
    throw error;
  }
  worker.on('exit', (code) => {
    if (!closing) onExit(new Error(`The PGlite worker stopped unexpectedly (exit code ${code}).`));
  });
  // After 'ready', errors also end in 'exit'; this listener only keeps them from being unhandled.
  worker.on('error', () => undefined);
  return {
    socketDir: socket.dir,
    async close() {
      if (closing) return;
      closing = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ type: 'close' });
      await exited;
      socket.cleanup();
    },
  };
}

/** Resolves on the worker's message of `type`; rejects if the worker fails or exits first. */
function waitForMessage(worker: Worker, type: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string }) => {
      if (message?.type !== type) return;
      settle();
      resolve();
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`The PGlite worker exited with code ${code} while starting.`));
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

interface SocketDir {
  readonly dir: string;
  cleanup(): void;
}

/**
 * The socket lives next to the data directory, so it doubles as a lock: a second process
 * that finds someone listening on it refuses to open the same database. A socket file left
 * behind by a crash (nobody listening) is removed.
 */
async function prepareSocketDir(pgliteDir: string): Promise<SocketDir> {
  if (pgliteDir === MEMORY_PGLITE) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-pglite-'));
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dir = socketDirFor(pgliteDir);
  mkdirSync(dir, { recursive: true });
  const socketPath = path.join(dir, SOCKET_FILE);
  if (await isListening(socketPath)) throw new DatabaseInUseError(pgliteDir);
  rmSync(socketPath, { force: true });
  return { dir, cleanup: () => rmSync(socketPath, { force: true }) };
}

/** `<pgliteDir>-socket/`, or a directory in the system temp dir when that path is too long for a socket. */
function socketDirFor(pgliteDir: string): string {
  const beside = `${path.resolve(pgliteDir)}-socket`;
  if (Buffer.byteLength(path.join(beside, SOCKET_FILE)) <= MAX_SOCKET_PATH) return beside;
  const digest = createHash('sha256').update(path.resolve(pgliteDir)).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `koers-pglite-${digest}`);
}

function isListening(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(socketPath);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}
