/**
 * The database's name and the latest `version(n)` of its Dexie schema (`db.ts`), apart from
 * Dexie so that the first script can read from it before Dexie has loaded (`earlyRow.ts`).
 */
export const databaseName = 'fabrik';
export const databaseVersion = 6;

/** The version IndexedDB itself holds: Dexie stores its version number times ten. */
export const nativeDatabaseVersion = Math.round(databaseVersion * 10);
