import Dexie, { type DexieOptions } from 'dexie';

/** Each earlier release's declaration of the database, in order (versions 1 to 5). */
const declarations: ((database: Dexie) => void)[] = [
  (database) =>
    database.version(1).stores({
      prototypes: 'id, updatedAt',
      versions: 'id, prototypeId, [prototypeId+number]',
      signingKeys: 'id',
    }),
  (database) => database.version(2).stores({ tryouts: 'prototypeId' }),
  (database) =>
    database.version(3).stores({
      seenSignoffs: '[contentHash+signature], contentHash, prototypeId',
      reviewerKeys: '[keyHash+nameKey], nameKey, keyHash',
    }),
  (database) => database.version(4).stores({ keptAside: '++id, store' }),
  (database) =>
    database.version(5).stores({ serviceEntries: 'id, name', serviceCatalogueSettings: 'id' }),
];

/** The database as the release at `version` declared it, to upgrade from in a test. */
export function databaseAsOf(name: string, version: number, options?: DexieOptions): Dexie {
  const database = new Dexie(name, options);
  for (const declare of declarations.slice(0, version)) declare(database);
  return database;
}
