import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { problemOf, startTestApp, type TestApp } from './helpers';

const html = { accept: 'text/html,application/xhtml+xml' };

describe('serving the built SPA (KOERS_STATIC_DIR)', () => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'koers-static-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Koers</title>');
    writeFileSync(path.join(dir, 'main.js'), 'console.log("koers")');
    t = await startTestApp({ staticDir: dir });
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html and the bundles', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/', headers: html });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<title>Koers<\/title>/);
    const script = await t.app.inject({ method: 'GET', url: '/main.js' });
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers['content-type']), /javascript/);
  });

  it('answers deep links with index.html so the SPA router can take over', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/klassen/123', headers: html });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
  });

  it('still answers unknown API routes and missing files with problem+json', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/nope', headers: html });
    assert.equal(problemOf(api).code, 'not_found');
    const missing = await t.app.inject({ method: 'GET', url: '/missing.js', headers: { accept: '*/*' } });
    assert.equal(missing.statusCode, 404);
    assert.equal(problemOf(missing).code, 'not_found');
  });
});
