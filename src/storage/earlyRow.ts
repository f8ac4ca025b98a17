import { databaseName, nativeDatabaseVersion } from './dbIdentity';

/** What the early read found under an id: the stored row, or undefined for none. */
export interface EarlyRead {
  row: unknown;
}

/**
 * Reads one prototype row with IndexedDB's own API, from the page's first script: the read
 * goes on while the rest of the app's code (Dexie with it) is run, instead of after it
 * (~15 ms of script on this project's machines). The row is then checked as any other
 * (`prototypeRepository`).
 *
 * Resolves undefined, leaving the read to Dexie, whenever this quick path is not the whole
 * story: no IndexedDB, no database yet (its creation is left to Dexie: the upgrade that
 * opening would start is aborted), a database older than this release (Dexie upgrades it
 * first), or any error. The connection is closed once the read is asked for, and at once
 * should another tab upgrade the database.
 */
export function readRowEarly(
  factory: IDBFactory | undefined,
  id: string,
): Promise<EarlyRead | undefined> {
  return new Promise((resolve) => {
    const leaveToDexie = () => resolve(undefined);
    let request: IDBOpenDBRequest;
    try {
      if (!factory) return leaveToDexie();
      request = factory.open(databaseName);
    } catch {
      return leaveToDexie();
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = leaveToDexie;
    request.onsuccess = () => {
      const connection = request.result;
      connection.onversionchange = () => connection.close();
      try {
        if (
          connection.version < nativeDatabaseVersion ||
          !connection.objectStoreNames.contains('prototypes')
        ) {
          connection.close();
          return leaveToDexie();
        }
        const read = connection
          .transaction('prototypes', 'readonly')
          .objectStore('prototypes')
          .get(id);
        connection.close();
        read.onsuccess = () => resolve({ row: read.result });
        read.onerror = leaveToDexie;
      } catch {
        connection.close();
        leaveToDexie();
      }
    };
  });
}
