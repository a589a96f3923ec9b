import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword } from '../src/modules/auth/password';

const cheap = { logN: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('hashes with scrypt N=2^17, r=8, p=1 by default and stores the parameters', async () => {
    const hash = await hashPassword('koers-demo');
    assert.match(hash, /^scrypt\$17\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    assert.equal(await verifyPassword('koers-demo', hash), true);
  });

  it('rejects a wrong password', async () => {
    const hash = await hashPassword('correct horse', cheap);
    assert.equal(await verifyPassword('correct horsE', hash), false);
  });

  it('salts every hash', async () => {
    assert.notEqual(await hashPassword('same', cheap), await hashPassword('same', cheap));
  });

  it('never matches a malformed or foreign hash', async () => {
    for (const stored of ['', 'plain-text', 'scrypt$x$8$1$AAAA$AAAA', '$2b$12$abcdefghijklmnopqrstuv', 'scrypt$40$8$1$AAAA$AAAA']) {
      assert.equal(await verifyPassword('anything', stored), false, stored);
    }
  });
});
