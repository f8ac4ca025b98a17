import Dexie, { type EntityTable } from 'dexie';
import type { Prototype } from '../domain/prototype/schema';

/** A prototype row: the prototype, plus when it was put in the bin (if it was). */
export interface PrototypeRow extends Prototype {
  /** Set when the user deletes the prototype; the row is purged after the undo delay. */
  deletedAt?: string;
}

/**
 * Fabrik's IndexedDB database. Every `version(n)` ever published stays here, with an
 * `upgrade()` that reshapes older rows, so data written by any earlier release opens.
 */
export class FabrikDatabase extends Dexie {
  prototypes!: EntityTable<PrototypeRow, 'id'>;

  constructor(name = 'fabrik') {
    super(name);
    this.version(1).stores({
      prototypes: 'id, updatedAt',
    });
  }
}

let database: FabrikDatabase | undefined;

/** The app's database, opened on first use. */
export function db(): FabrikDatabase {
  database ??= new FabrikDatabase();
  return database;
}

/** Points the repositories at another database (tests). */
export function useDatabase(next: FabrikDatabase): void {
  database = next;
}
