import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/domain/bundle/hash';
import { fromBase64url, toBase64url } from '../../../src/domain/review/base64url';
import { fingerprintOf, generateSigningKeyPair } from '../../../src/domain/review/keys';
import { signedText, verifySignoff } from '../../../src/domain/review/sign';
import { checkSignoffs, isIntact } from '../../../src/domain/review/verify';
import { approvedBundle, keyOf, now, signed, submittedBundle } from './support';

describe('signing a decision', () => {
  it('makes a key whose private half cannot be extracted', async () => {
    const key = await generateSigningKeyPair();
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key.privateKey)).rejects.toThrow();
    expect(Object.keys(key.publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  });

  it('signs the canonical sign-off without its signature, with the submission and version', async () => {
    const bundle = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
      comment: 'Complet.',
    });
    const [signoff] = bundle.signoffs;
    expect(signoff).toMatchObject({
      role: 'verifier',
      decision: 'verified',
      contentHash: await contentHash(bundle.prototype),
      previousSignature: null,
    });
    const text = signedText(signoff!, bundle);
    expect(text).not.toContain('"signature"');
    expect(text).toMatch(/^\{"signoff":\{"at":/);
    expect(JSON.parse(text)).toEqual({
      signoff: expect.objectContaining({ name: 'Bruno', comment: 'Complet.' }),
      submission: { by: 'Awa', at: now.toISOString(), declarations: ['teamSawFinal'] },
      version: { id: 'v1', number: 1, name: 'Soumission', createdAt: now.toISOString() },
    });
    expect(signedText(signoff!, {})).toMatch(/,"submission":null,"version":null\}$/);
    expect(fromBase64url(signoff!.signature)).toHaveLength(64);
    expect(await verifySignoff(signoff!, bundle)).toBe('valid');
  });

  it('does not verify a signature over other submission or version blocks', async () => {
    const bundle = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const [signoff] = bundle.signoffs;
    const { submission, version } = bundle;
    expect(await verifySignoff(signoff!, {})).toBe('invalid');
    expect(await verifySignoff(signoff!, { version })).toBe('invalid');
    expect(
      await verifySignoff(signoff!, { submission: { ...submission!, by: 'Awa D.' }, version }),
    ).toBe('invalid');
    expect(await verifySignoff(signoff!, { submission, version: { ...version!, number: 2 } })).toBe(
      'invalid',
    );
    expect(await verifySignoff(signoff!, { version, submission })).toBe('valid');
  });

  it('chains the approver’s sign-off to the verifier’s signature', async () => {
    const bundle = await approvedBundle();
    const [verifier, approver] = bundle.signoffs;
    expect(approver!.previousSignature).toBe(verifier!.signature);
  });

  it('gives a short, stable fingerprint of the public key', async () => {
    const { publicKey } = await keyOf('Bruno');
    const fingerprint = await fingerprintOf(publicKey);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(await fingerprintOf({ y: publicKey.y, x: publicKey.x, crv: 'P-256', kty: 'EC' })).toBe(
      fingerprint,
    );
    expect(await fingerprintOf((await keyOf('Chloé')).publicKey)).not.toBe(fingerprint);
  });

  it('round-trips base64url', () => {
    const bytes = new Uint8Array([0, 251, 255, 62, 63, 1]);
    expect(toBase64url(bytes)).toBe('APv_Pj8B');
    expect(fromBase64url('APv_Pj8B')).toEqual(bytes);
    expect(fromBase64url('not base64!')).toBeUndefined();
  });
});

describe('verifying a file', () => {
  it('finds an intact approved file intact, with every sign-off valid', async () => {
    const bundle = await approvedBundle();
    const check = await checkSignoffs({
      actualHash: await contentHash(bundle.prototype),
      declaredHash: bundle.integrity.contentHash,
      signoffs: bundle.signoffs,
      submission: bundle.submission,
      version: bundle.version,
    });
    expect(check.problems).toEqual([]);
    expect(isIntact(check)).toBe(true);
    expect(check.signoffs.map((status) => status.valid)).toEqual([true, true]);
    expect(check.signoffs[0]!.fingerprint).toBe(
      await fingerprintOf((await keyOf('Bruno')).publicKey),
    );
  });
});
