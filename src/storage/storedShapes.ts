import Dexie from 'dexie';
import { StorageError } from './errors';

/**
 * The stored shapes with their schemas (zod), loaded when a row must be read in full: the
 * first page lists only rows this release wrote and needs none of them. `Dexie.waitFor`
 * keeps a transaction, an upgrade or a live query alive while the module loads. A failed
 * download says so, apart from storage's own failures: the same call works once online.
 * Dexie stops waiting after a minute: a download that slow has failed too.
 */
export const loadStoredShapes = () =>
  Dexie.waitFor(
    import('../domain/stored/shapes').catch((error: unknown) => {
      throw new StorageError('notDownloaded', error);
    }),
  ).catch((error: unknown) => {
    throw error instanceof Dexie.TimeoutError ? new StorageError('notDownloaded', error) : error;
  });
