import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { KnownKey } from '../domain/review/keyring';
import type { SeenSignoffRow, SigningKeyRow, StoredPrototype } from '../domain/stored/shapes';
import type { TryoutRow } from '../domain/tryout/row';
import type { Version } from '../domain/versions/schema';
import { databaseName } from './dbIdentity';
import { upgradeTable } from './stored';
import { loadStoredShapes } from './storedShapes';
import type { ServiceEntry } from '../domain/service-catalogue/schema';
import type { ServiceCatalogueSettingsRow } from './serviceCatalogueRepository';

/** A prototype row: the prototype, plus when it was put in the bin (if it was). */
export type PrototypeRow = StoredPrototype;

export type { SeenSignoffRow, SigningKeyRow, TryoutRow };

/** A row this release could not read, moved out of the way of a new one, never deleted. */
export interface KeptAsideRow {
  id?: number;
  /** The table it was in. */
  store: string;
  /** Its key there. */
  key: string;
  /** The row exactly as it was stored. */
  raw: unknown;
  /** When it was moved aside, ISO 8601. */
  keptAt: string;
}

/** A reviewer's key this browser knows under one name (`KnownKey`). */
export type ReviewerKeyRow = KnownKey;

/**
 * Fabrik's IndexedDB database. Every `version(n)` ever published stays here, with an
 * `upgrade()` that reshapes older rows, so data written by any earlier release opens.
 * The latest is also `databaseVersion` (`dbIdentity.ts`), for the page's first read.
 */
export class FabrikDatabase extends Dexie {
  prototypes!: EntityTable<PrototypeRow, 'id'>;
  versions!: EntityTable<Version, 'id'>;
  signingKeys!: EntityTable<SigningKeyRow, 'id'>;
  tryouts!: EntityTable<TryoutRow, 'prototypeId'>;
  seenSignoffs!: Table<SeenSignoffRow, [string, string]>;
  reviewerKeys!: Table<ReviewerKeyRow, [string, string]>;
  keptAside!: EntityTable<KeptAsideRow, 'id'>;
  serviceEntries!: EntityTable<ServiceEntry, 'id'>;
  serviceCatalogueSettings!: EntityTable<ServiceCatalogueSettingsRow, 'id'>;

  constructor(name = databaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      prototypes: 'id, updatedAt',
      versions: 'id, prototypeId, [prototypeId+number]',
      signingKeys: 'id',
    });
    this.version(2).stores({ tryouts: 'prototypeId' });
    // What this browser knows of reviews beyond each prototype's own record (issue 11).
    this.version(3).stores({
      seenSignoffs: '[contentHash+signature], contentHash, prototypeId',
      reviewerKeys: '[keyHash+nameKey], nameKey, keyHash',
    });
    // Every stored shape carries its version from now on (issue 11): each row is read
    // through its shape's migrate → validate → repair path and stamped; a row that cannot be
    // read is left untouched, and rows moved out of a new one's way are kept aside.
    this.version(4)
      .stores({ keptAside: '++id, store' })
      .upgrade(async (transaction) => {
        const {
          prototypeRowShape,
          versionShape,
          signingKeyShape,
          tryoutShape,
          seenSignoffShape,
          reviewerKeyShape,
        } = await loadStoredShapes();
        await upgradeTable(transaction, 'prototypes', prototypeRowShape);
        await upgradeTable(transaction, 'versions', versionShape);
        await upgradeTable(transaction, 'signingKeys', signingKeyShape);
        await upgradeTable(transaction, 'tryouts', tryoutShape);
        await upgradeTable(transaction, 'seenSignoffs', seenSignoffShape);
        await upgradeTable(transaction, 'reviewerKeys', reviewerKeyShape);
      });
    // The service catalogue (issue 16): its entries and the organisation's scoring settings.
    this.version(5).stores({ serviceEntries: 'id, name', serviceCatalogueSettings: 'id' });
    // Its rows carry their version, and the blocks once ticked as available become a system.
    // Its code (and the catalogue's schemas) loads only when an upgrade runs: the first
    // page does not need it. `Dexie.waitFor` keeps the upgrade's transaction alive meanwhile.
    this.version(6).upgrade(async (transaction) => {
      const { upgradeServiceCatalogue } = await Dexie.waitFor(import('./serviceCatalogueUpgrade'));
      await upgradeServiceCatalogue(transaction);
    });
  }
}

let database: FabrikDatabase | undefined;
let inMemory = false;

/** The app's database, opened on first use. */
export function db(): FabrikDatabase {
  database ??= new FabrikDatabase();
  return database;
}

/** Points the repositories at another database (tests). */
export function useDatabase(next: FabrikDatabase): void {
  database = next;
  inMemory = false;
}

/**
 * When the browser offers no IndexedDB (some private modes), the same database runs in
 * memory (fake-indexeddb, loaded only then): everything works while the page is open, and
 * is lost when it closes unless exported.
 */
export async function switchToMemoryDatabase(): Promise<void> {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  // Dexie's live queries read the global dependencies, not the database's own.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  database = new FabrikDatabase(databaseName, { indexedDB, IDBKeyRange });
  inMemory = true;
}

/** Whether what is stored lives only in this page's memory. */
export const isMemoryDatabase = (): boolean => inMemory;
