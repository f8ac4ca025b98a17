import type Dexie from 'dexie';
import { type IndexableType } from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair } from '../../../src/domain/review/keys';
import * as storage from '../../../src/storage/db';
import { FabrikDatabase } from '../../../src/storage/db';
import { databaseAsOf } from './earlierReleases';
import { StorageError } from '../../../src/storage/errors';
import {
  listCatalogue,
  loadPrototype,
  prototypeExists,
  replacePrototype,
  savePrototype,
} from '../../../src/storage/prototypeRepository';
import { listReviewerKeys } from '../../../src/storage/reviewerKeyRepository';
import { seenSignoffsOf } from '../../../src/storage/seenSignoffRepository';
import { loadStoredTryout } from '../../../src/storage/tryoutRepository';
import { getVersion } from '../../../src/storage/versionRepository';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { storedFixture } from '../../fixtures/stored';

let count = 0;
const now = new Date('2026-11-23T09:00:00.000Z');

/** The database as the previous release (version 3) declared it. */
const previousRelease = (name: string) => databaseAsOf(name, 3);

/** A row the previous release stored that no release can read: its form is gone. */
const broken = () => ({ ...storedFixture('prototype-v1'), id: 'proto-broken', form: 'abîmé' });
const brokenTryout = { prototypeId: 'proto-broken', code: 7 };

async function upgradedFrom(rows: (previous: Dexie) => Promise<void>) {
  const name = `upgrade-test-${count++}`;
  const previous = previousRelease(name);
  await previous.open();
  await rows(previous);
  previous.close();
  const database = new FabrikDatabase(name);
  // The repositories read this database from now on.
  storage.useDatabase(database);
  await database.open();
  return database;
}

const seenSignoff = storedFixture('seen-signoff-v1');

async function storeEarlierRows(previous: Dexie) {
  await previous
    .table('prototypes')
    .bulkAdd([
      storedFixture('prototype-v1'),
      storedFixture('prototype-v1-early'),
      storedFixture('prototype-v1-binned'),
      broken(),
    ]);
  await previous.table('versions').add(storedFixture('version-v1'));
  await previous.table('tryouts').bulkAdd([storedFixture('tryout-v1'), brokenTryout]);
  await previous.table('reviewerKeys').add(storedFixture('reviewer-key-v1'));
  await previous.table('seenSignoffs').add(seenSignoff);
  const key = await generateSigningKeyPair();
  await previous.table('signingKeys').add({ id: 'default', ...key, createdAt: now.toISOString() });
}

describe('opening a database of the previous release', () => {
  it('stamps the schema version on every row it can read, and keeps all of them', async () => {
    const database = await upgradedFrom(storeEarlierRows);
    const versionOf = async (table: string, key: IndexableType) =>
      ((await database.table(table).get(key)) as { schemaVersion?: number }).schemaVersion;
    expect(await versionOf('prototypes', 'proto-v1')).toBe(1);
    expect(await versionOf('prototypes', 'proto-v1-early')).toBe(1);
    expect(await versionOf('prototypes', 'proto-v1-binned')).toBe(1);
    expect(await versionOf('versions', 'version-v1')).toBe(1);
    expect(await versionOf('tryouts', 'proto-v1')).toBe(1);
    expect(await versionOf('signingKeys', 'default')).toBe(1);
    expect(
      await versionOf('seenSignoffs', [seenSignoff.contentHash, seenSignoff.signature] as string[]),
    ).toBe(1);
    const [key] = await database.reviewerKeys.toArray();
    expect(key).toMatchObject({ schemaVersion: 1, name: 'Awa Diallo' });

    // What was stored is what is read: nothing lost on the way.
    const stored = await loadPrototype('proto-v1');
    expect(stored).toEqual(storedFixture('prototype-v1'));
    expect((await getVersion('version-v1'))?.content.purpose.statement).toMatch(/résidents/);
    expect(await listReviewerKeys()).toHaveLength(1);
    expect(await seenSignoffsOf(seenSignoff.contentHash as string)).toHaveLength(1);
    expect(await loadStoredTryout('proto-v1')).toMatchObject({ kind: 'found' });
  });

  it('stores the repairs of an early row once, so its ids stay the same', async () => {
    await upgradedFrom(storeEarlierRows);
    const first = await loadPrototype('proto-v1-early');
    const again = await loadPrototype('proto-v1-early');
    expect(first!.exceptions.map((exception) => exception.id)).toEqual(
      again!.exceptions.map((exception) => exception.id),
    );
    expect(new Set(first!.exceptions.map((exception) => exception.id)).size).toBe(2);
  });

  it('leaves a row it cannot read exactly as it was, listed aside, and refuses to write over it', async () => {
    const database = await upgradedFrom(storeEarlierRows);
    expect(await database.prototypes.get('proto-broken')).toEqual(broken());
    expect(await database.tryouts.get('proto-broken')).toEqual(brokenTryout);

    const catalogue = await listCatalogue();
    expect(catalogue.items.map((item) => item.id).sort()).toEqual(['proto-v1', 'proto-v1-early']);
    expect(catalogue.unreadable).toEqual([
      { id: 'proto-broken', name: 'Carte de stationnement résident', raw: broken() },
    ]);

    await expect(loadPrototype('proto-broken')).rejects.toMatchObject({ kind: 'unreadable' });
    // A file with the same id is then imported beside it, as a copy, never over it.
    expect(await prototypeExists('proto-broken')).toBe(true);
    const overwrite = { ...storedFixture('prototype-v1'), id: 'proto-broken' } as Prototype;
    await expect(savePrototype(overwrite, 0, now)).rejects.toBeInstanceOf(StorageError);
    await expect(replacePrototype(overwrite, now)).rejects.toMatchObject({ kind: 'unreadable' });
    expect(await database.prototypes.get('proto-broken')).toEqual(broken());
    expect(await loadStoredTryout('proto-broken')).toEqual({
      kind: 'unreadable',
      raw: brokenTryout,
    });
  });

  it('lists a row written by a newer Fabrik aside, untouched', async () => {
    const newer = { ...storedFixture('prototype-v1'), id: 'proto-newer', schemaVersion: 9 };
    const database = await upgradedFrom(async (previous) => {
      await previous.table('prototypes').add(newer);
    });
    expect(await database.prototypes.get('proto-newer')).toEqual(newer);
    expect((await listCatalogue()).unreadable.map((row) => row.id)).toEqual(['proto-newer']);
  });
});
