// Starts a private PostgreSQL cluster in a temp dir on a free local port and removes it afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = process.getuid?.() === 0;

/** initdb and postgres refuse to run as root: run them as the `postgres` system user then. */
function asServerUser(command, args, options = {}) {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args], options] : [command, args, options];
}

export async function startThrowawayPostgres(binDir) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  if (isRoot) execFileSync('chown', ['postgres', dir]);
  execFileSync(...asServerUser(path.join(binDir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'], { stdio: 'ignore' }));
  const port = await freePort();
  const [command, args] = asServerUser(path.join(binDir, 'postgres'), [
    '-D', dataDir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1',
    '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200',
  ]);
  const server = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (chunk) => (log += chunk));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitForPort(url, port, server, () => log);
  // As root the child is `runuser`, which does not pass signals on: stop PostgreSQL itself (and
  // wait for it) before removing its directory, or it keeps running without one.
  const stop = () => {
    try {
      execFileSync(...asServerUser(path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], { stdio: 'ignore' }));
    } catch {
      const pid = Number(readPostmasterPid(dataDir));
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    }
    server.kill('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, port, stop, exited: new Promise((resolve) => server.on('exit', resolve)) };
}

function readPostmasterPid(dataDir) {
  try {
    return readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0];
  } catch {
    return '';
  }
}

async function waitForPort(url, port, server, log) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL stopped at start:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch {
      // starting up: try again shortly
    } finally {
      await client.end().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgreSQL did not accept connections on port ${port}:\n${log()}`);
}
