import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers';

async function headersOf(t: TestApp): Promise<Record<string, unknown>> {
  const response = await t.app.inject({ method: 'GET', url: '/api/health' });
  return response.headers;
}

describe('security headers', () => {
  describe('served over plain HTTP (cookies not secure)', () => {
    let t: TestApp;
    before(async () => (t = await startTestApp({ cookieSecure: false })));
    after(() => t.close());

    it('sends a CSP without inline scripts and without upgrading requests to https', async () => {
      const headers = await headersOf(t);
      const csp = String(headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /script-src-attr 'none'/);
      assert.doesNotMatch(csp, /upgrade-insecure-requests/);
      assert.equal(headers['strict-transport-security'], undefined);
      assert.equal(headers['x-content-type-options'], 'nosniff');
    });
  });

  describe('served over HTTPS (secure cookies)', () => {
    let t: TestApp;
    before(async () => (t = await startTestApp({ cookieSecure: true })));
    after(() => t.close());

    it('also upgrades insecure requests and sends HSTS', async () => {
      const headers = await headersOf(t);
      assert.match(String(headers['content-security-policy']), /upgrade-insecure-requests/);
      assert.match(String(headers['strict-transport-security']), /max-age=\d+/);
    });
  });
});
