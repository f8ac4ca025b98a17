import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { FabrikDatabase } from '../../../src/storage/db';
import { databaseName, databaseVersion } from '../../../src/storage/dbIdentity';
import { readRowEarly } from '../../../src/storage/earlyRow';
import { databaseAsOf } from './earlierReleases';

/** A browser of its own: an empty IndexedDB, and Fabrik's database opened on it. */
function browser() {
  const indexedDB = new IDBFactory();
  const open = () => new FabrikDatabase(databaseName, { indexedDB, IDBKeyRange });
  return { indexedDB, open };
}

describe('the row read by the page’s first script', () => {
  it('is the stored row, or none, from the database this release writes', async () => {
    const { indexedDB, open } = browser();
    const database = open();
    const prototype = createPrototype('Carte', new Date());
    await database.prototypes.put(prototype);
    database.close();

    expect(await readRowEarly(indexedDB, prototype.id)).toEqual({ row: prototype });
    expect(await readRowEarly(indexedDB, 'inconnu')).toEqual({ row: undefined });
  });

  it('leaves a browser without the database to Dexie, without creating it', async () => {
    const { indexedDB, open } = browser();
    expect(await readRowEarly(indexedDB, 'proto')).toBeUndefined();
    expect(await indexedDB.databases()).toEqual([]);

    // Dexie creates it whole, as on a first visit.
    const database = open();
    await database.open();
    expect(database.tables.map((table) => table.name)).toContain('serviceEntries');
    database.close();
  });

  it('leaves an older database to Dexie, to be upgraded first, as it was', async () => {
    const { indexedDB, open } = browser();
    const previous = databaseAsOf(databaseName, 3, { indexedDB, IDBKeyRange });
    const prototype = createPrototype('Ancienne', new Date());
    await previous.table('prototypes').put(prototype);
    previous.close();

    expect(await readRowEarly(indexedDB, prototype.id)).toBeUndefined();
    const [stored] = await indexedDB.databases();
    expect(stored?.version).toBe(30);

    const database = open();
    expect((await database.prototypes.get(prototype.id))?.name).toBe('Ancienne');
    database.close();
  });

  it('does not hold up another tab upgrading the database, during the read or after', async () => {
    const { indexedDB, open } = browser();
    const created = open();
    await created.open();
    created.close();
    /** Opens the database at a later version, as a newer release in another tab would. */
    const upgrade = (version: number) =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open(databaseName, version);
        request.onblocked = () => resolve('blocked');
        request.onsuccess = () => {
          request.result.close();
          resolve('upgraded');
        };
      });

    expect(await readRowEarly(indexedDB, 'proto')).toEqual({ row: undefined });
    expect(await upgrade(70)).toBe('upgraded');

    const reading = readRowEarly(indexedDB, 'proto');
    expect(await upgrade(80)).toBe('upgraded');
    await reading;
  });

  it('is left to Dexie where the browser has no IndexedDB', async () => {
    expect(await readRowEarly(undefined, 'proto')).toBeUndefined();
  });
});

describe('the database’s name and version, as the first script knows them', () => {
  it('are those Dexie opens', () => {
    const database = new FabrikDatabase();
    expect(database.name).toBe(databaseName);
    expect(database.verno).toBe(databaseVersion);
  });
});
