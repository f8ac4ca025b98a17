import { beforeEach, describe, expect, it } from 'vitest';
import { myPublicKey, mySigningKey } from '../../../src/state/signingKey';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { loadSigningKey } from '../../../src/storage/signingKeyRepository';

let count = 0;
beforeEach(() => {
  useDatabase(new FabrikDatabase(`signing-key-test-${count++}`));
});

describe('the reviewer’s signing key', () => {
  it('is made on first use only, and kept non-extractable in IndexedDB', async () => {
    expect(await myPublicKey()).toBeUndefined();
    const first = await mySigningKey();
    const stored = await loadSigningKey();
    expect(stored?.privateKey.extractable).toBe(false);
    expect(stored?.privateKey.usages).toEqual(['sign']);
    const again = await mySigningKey();
    expect(again.publicKey).toEqual(first.publicKey);
    expect(await myPublicKey()).toEqual(first.publicKey);
  });

  it('is one key even when two tabs make one at the same time', async () => {
    const [a, b] = await Promise.all([mySigningKey(), mySigningKey()]);
    expect(a.publicKey).toEqual(b.publicKey);
  });
});
