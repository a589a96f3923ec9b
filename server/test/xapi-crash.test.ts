/**
 * "Nothing lost" (issue 5): the real server process is killed with SIGKILL right after it
 * acknowledged a batch; after a restart on the same data the whole batch is there. Runs on PGlite
 * (a data directory on disk) and, in the server-postgresql step, on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { VERBS, type XapiStatementResult } from '@koers/contracts';
import { createTestDatabase, onPostgres } from './helpers';
import { basic, VERSION } from './xapi-support';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  readonly child: ChildProcess;
  readonly base: string;
  readonly output: () => string;
}

/** Starts `server/src/main.ts` as `npm run start:prod` does (node --import tsx), and waits until it answers. */
async function startServer(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KOERS_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    // The listing is printed after listen: wait for it, so the start log can be checked too.
    if (output.includes('Koers API on')) {
      const ready = await fetch(`${base}/xapi/about`).then((response) => response.ok, () => false);
      if (ready) return { child, base, output: () => output };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output}`);
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

describe(`xAPI crash safety (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('keeps an acknowledged batch after kill -9 and a restart', async () => {
    const database = await createTestDatabase({ onDisk: true });
    const dataDir = path.dirname(database.settings.pgliteDir);
    const env: Record<string, string> = {
      KOERS_DATA_DIR: onPostgres ? mkdtempSync(path.join(os.tmpdir(), 'koers-crash-')) : dataDir,
      KOERS_DEMO: '1',
      ...(database.settings.databaseUrl ? { DATABASE_URL: database.settings.databaseUrl } : {}),
    };
    const headers = { ...VERSION, authorization: basic(), 'content-type': 'application/json' };
    const activity = `https://example.org/crash/${randomUUID()}`;
    const batch = Array.from({ length: 100 }, (_, index) => ({
      id: randomUUID(),
      actor: { mbox: 'mailto:crash@example.org' },
      verb: { id: VERBS.answered },
      object: { id: activity },
      result: { response: `antwoord ${index}` },
    }));
    let server: Running | null = null;
    try {
      server = await startServer(env);
      assert.match(server.output(), /demo-tool \/ demo-tool-secret/);
      const response = await fetch(`${server.base}/xapi/statements`, { method: 'POST', headers, body: JSON.stringify(batch) });
      // Kill the moment the acknowledgement is in: no graceful shutdown, no checkpoint.
      server.child.kill('SIGKILL');
      assert.equal(response.status, 200);
      await killed(server.child);

      server = await startServer(env);
      const found = await fetch(`${server.base}/xapi/statements?activity=${encodeURIComponent(activity)}&limit=0&ascending=true`, { headers });
      assert.equal(found.status, 200);
      const result = (await found.json()) as XapiStatementResult;
      assert.deepEqual(
        result.statements.map((statement) => statement.id).sort(),
        batch.map((statement) => statement.id).sort(),
      );
    } finally {
      if (server) {
        server.child.kill('SIGKILL');
        await killed(server.child);
      }
      await database.drop();
      if (onPostgres) rmSync(env['KOERS_DATA_DIR']!, { recursive: true, force: true });
    }
  });
});
