// Owns the embedded PGlite database on its own thread and serves it over the PostgreSQL wire
// protocol on a unix socket, so the API thread talks to it with `pg` like to any PostgreSQL server
// and a slow query never blocks HTTP handling. Plain JavaScript so it runs without a TS loader.
//
// workerData: { dataDir: string ('memory://' or a directory), socketPath: string }
// Messages in: { type: 'close' }. Messages out: { type: 'ready' }, { type: 'closed' }.
// A failure to open throws, which the parent sees as the worker's 'error' event.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath } = workerData;

const db = await PGlite.create(dataDir);
// One connection: PGlite has a single session, and the parent's pool holds exactly one client.
const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
await server.start();

parentPort.on('message', async (message) => {
  if (message?.type !== 'close') return;
  await server.stop();
  // Closing PGlite runs PostgreSQL's shutdown checkpoint, so everything is on disk afterwards.
  await db.close();
  parentPort.postMessage({ type: 'closed' });
  parentPort.close();
});
parentPort.postMessage({ type: 'ready' });
