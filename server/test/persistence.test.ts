import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SESSION_COOKIE, type ClassSummary, type SessionResponse } from '@koers/contracts';
import { buildApp } from '../src/app';
import { openDatabase } from '../src/db/index';
import { DatabaseInUseError } from '../src/db/pglite';
import { schools } from '../src/db/schema';
import { Client, createTestDatabase, onPostgres, signedIn, testConfig } from './helpers';

describe('persistence', () => {
  it('keeps data and sessions across a restart, without seeding again', async () => {
    const database = await createTestDatabase({ onDisk: true });
    try {
      const config = testConfig(database);
      const first = await buildApp(config);
      const client = await signedIn(first, 'decaan@demo.koers.nl');
      const before = (await client.get('/api/classes')).json<ClassSummary[]>();
      await first.close();

      const second = await buildApp(config);
      try {
        assert.ok(client.cookies.has(SESSION_COOKIE));
        // The old cookie works against the new process: the session row survived.
        const again = new Client(second);
        for (const [name, value] of client.cookies) again.cookies.set(name, value);
        assert.equal((await again.get('/api/auth/session')).json<SessionResponse>().user?.displayName, 'Marieke de Vries');
        assert.deepEqual((await again.get('/api/classes')).json<ClassSummary[]>(), before);
        assert.equal((await second.database.db.select().from(schools)).length, 1);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });

  if (!onPostgres) {
    it('refuses to open a PGlite directory that another process has open', async () => {
      const database = await createTestDatabase({ onDisk: true });
      const open = await openDatabase(database.settings);
      try {
        await assert.rejects(openDatabase(database.settings), DatabaseInUseError);
      } finally {
        await open.close();
        await database.drop();
      }
    });

    it('fails to open, instead of hanging, when PGlite cannot start', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-broken-'));
      const notADirectory = path.join(dir, 'pglite');
      writeFileSync(notADirectory, 'this is a file, not a database directory');
      try {
        await assert.rejects(openDatabase({ databaseUrl: null, pgliteDir: notADirectory }));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
