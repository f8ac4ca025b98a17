import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../src/domain/review/keys';
import {
  MAX_ORGANISATION_KEYS_BYTES,
  readOrganisationKeys,
} from '../../../src/domain/review/organisationKeys';
import { keyOf } from './support';

async function listOf(entries: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    format: 'fabrik/reviewer-keys',
    formatVersion: 1,
    organisation: 'Ville de Lyon',
    keys: entries,
    ...extra,
  });
}

async function entry(name: string, withFingerprint = false) {
  const publicKey = (await keyOf(name)).publicKey;
  return withFingerprint
    ? { name, publicKey, fingerprint: await fingerprintOf(publicKey) }
    : { name, publicKey };
}

describe('an organisation’s list of reviewer keys', () => {
  it('reads a valid list, fingerprints checked when given', async () => {
    const result = await readOrganisationKeys(
      await listOf([await entry('Bruno', true), await entry('Chloé')]),
    );
    expect(result).toMatchObject({
      ok: true,
      list: { organisation: 'Ville de Lyon', keys: [{ name: 'Bruno' }, { name: 'Chloé' }] },
    });
  });

  it('refuses what is not such a list', async () => {
    expect(await readOrganisationKeys('')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(await readOrganisationKeys('{')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(await readOrganisationKeys('{"format":"fabrik/prototype-bundle"}')).toEqual({
      ok: false,
      error: { kind: 'wrong-format' },
    });
    expect(await readOrganisationKeys(await listOf([], { formatVersion: 2 }))).toEqual({
      ok: false,
      error: { kind: 'newer-version', found: 2 },
    });
    expect(await readOrganisationKeys('x'.repeat(MAX_ORGANISATION_KEYS_BYTES + 1))).toEqual({
      ok: false,
      error: { kind: 'too-large', maxBytes: MAX_ORGANISATION_KEYS_BYTES },
    });
  });

  it('names the entry and field that are wrong', async () => {
    const bruno = await entry('Bruno');
    expect(await readOrganisationKeys(await listOf([]))).toEqual({
      ok: false,
      error: { kind: 'no-keys' },
    });
    expect(await readOrganisationKeys(await listOf([bruno, { ...bruno, name: ' ' }]))).toEqual({
      ok: false,
      error: { kind: 'invalid-entry', index: 1, field: 'name' },
    });
    expect(
      await readOrganisationKeys(
        await listOf([{ ...bruno, publicKey: { ...bruno.publicKey, crv: 'P-384' } }]),
      ),
    ).toEqual({ ok: false, error: { kind: 'invalid-entry', index: 0, field: 'publicKey' } });
    expect(await readOrganisationKeys(await listOf([{ ...bruno, role: 'dga' }]))).toEqual({
      ok: false,
      error: { kind: 'invalid-entry', index: 0, field: 'role' },
    });
    expect(await readOrganisationKeys(await listOf([bruno], { organisation: '' }))).toEqual({
      ok: false,
      error: { kind: 'invalid-field', field: 'organisation' },
    });
  });

  it('refuses a key that is not a P-256 point, or whose fingerprint does not match', async () => {
    const bruno = await entry('Bruno', true);
    expect(
      await readOrganisationKeys(
        await listOf([{ ...bruno, publicKey: { ...bruno.publicKey, x: 'AAAA' } }]),
      ),
    ).toEqual({ ok: false, error: { kind: 'bad-key', index: 0, name: 'Bruno' } });
    expect(
      await readOrganisationKeys(await listOf([{ ...bruno, fingerprint: '0000 0000 0000 0000' }])),
    ).toEqual({
      ok: false,
      error: {
        kind: 'fingerprint-mismatch',
        index: 0,
        name: 'Bruno',
        expected: '0000 0000 0000 0000',
        actual: bruno.fingerprint,
      },
    });
  });

  it('refuses one key listed under two names', async () => {
    const bruno = await entry('Bruno');
    expect(await readOrganisationKeys(await listOf([bruno, { ...bruno, name: 'Chloé' }]))).toEqual({
      ok: false,
      error: { kind: 'shared-key', index: 1, name: 'Chloé', other: 'Bruno' },
    });
  });
});
