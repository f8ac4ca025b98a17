import { describe, expect, it } from 'vitest';
import {
  isKeyWarning,
  knownKeyOf,
  nameKeyOf,
  newlySeenKeys,
  recogniseKey,
  type KnownKey,
} from '../../../src/domain/review/keyring';
import { keyOf } from './support';

const at = new Date('2026-11-23T09:00:00.000Z');

async function signer(name: string, keyName = name) {
  return { name, publicKey: (await keyOf(keyName)).publicKey };
}

async function known(name: string, source: KnownKey['source'], keyName = name) {
  return knownKeyOf(await signer(name, keyName), { source, at });
}

describe('recognising a reviewer’s key', () => {
  it('reads names as people type them: case, spaces and accents composed alike', () => {
    expect(nameKeyOf('  Chloé   BERNARD ')).toBe(nameKeyOf('chloe\u0301 bernard'));
    expect(nameKeyOf('Chloé Bernard')).not.toBe(nameKeyOf('Chloe Bernard'));
  });

  it('gives a fingerprint of four groups of hexadecimal', async () => {
    const key = await known('Bruno', 'first-use');
    expect(key.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(key.keyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is new when neither the name nor the key is known', async () => {
    expect(recogniseKey(await signer('Bruno'), [])).toEqual({ kind: 'new', outsideList: false });
  });

  it('is known when this key is known for this name', async () => {
    const bruno = await known('Bruno', 'first-use');
    expect(recogniseKey(await signer('bruno ', 'Bruno'), [bruno])).toEqual({
      kind: 'known',
      key: bruno,
      outsideList: false,
    });
  });

  it('warns when another key is known for this name', async () => {
    const bruno = await known('Bruno', 'first-use');
    const recognition = recogniseKey(await signer('Bruno', 'Faussaire'), [bruno]);
    expect(recognition).toEqual({ kind: 'different', known: [bruno] });
    expect(isKeyWarning(recognition)).toBe(true);
  });

  it('warns when the key is known under another name only', async () => {
    const bruno = await known('Bruno', 'first-use');
    const recognition = recogniseKey(await signer('Chloé', 'Bruno'), [bruno]);
    expect(recognition).toEqual({ kind: 'other-name', names: ['Bruno'] });
    expect(isKeyWarning(recognition)).toBe(true);
  });

  it('lets the organisation’s list outrank a key trusted on first use', async () => {
    const firstSeen = await known('Bruno', 'first-use', 'Faussaire');
    const listed = await known('Bruno', 'organisation');
    expect(recogniseKey(await signer('Bruno', 'Faussaire'), [firstSeen, listed])).toEqual({
      kind: 'different',
      known: [listed],
    });
    expect(recogniseKey(await signer('Bruno'), [firstSeen, listed])).toMatchObject({
      kind: 'known',
      key: listed,
    });
  });

  it('says when a name is outside the organisation’s list', async () => {
    const listed = await known('Bruno', 'organisation');
    expect(recogniseKey(await signer('Chloé'), [listed])).toEqual({
      kind: 'new',
      outsideList: true,
    });
    const chloe = await known('Chloé', 'first-use');
    expect(recogniseKey(await signer('Chloé'), [listed, chloe])).toMatchObject({
      kind: 'known',
      outsideList: true,
    });
  });

  it('learns on first use only the keys that are new, once each', async () => {
    const bruno = await known('Bruno', 'first-use');
    const signers = [
      await signer('Bruno'),
      await signer('Chloé'),
      await signer('chloé'),
      await signer('Bruno', 'Faussaire'),
    ];
    const learnt = await newlySeenKeys(signers, [bruno], at);
    expect(learnt.map((key) => [key.name, key.source])).toEqual([['Chloé', 'first-use']]);
  });
});
