import type { KnownKey } from '../domain/review/keyring';
import { db } from './db';
import { guarded } from './errors';

/** Every reviewer key this browser knows. */
export function listReviewerKeys(): Promise<KnownKey[]> {
  return guarded(() => db().reviewerKeys.toArray());
}

/** Adds keys learnt here; a key already known under the same name keeps its first record. */
export function addReviewerKeys(keys: readonly KnownKey[]): Promise<void> {
  if (keys.length === 0) return Promise.resolve();
  return guarded(() =>
    db().transaction('rw', db().reviewerKeys, async () => {
      const existing = await db().reviewerKeys.bulkGet(
        keys.map((key): [string, string] => [key.keyHash, key.nameKey]),
      );
      await db().reviewerKeys.bulkPut(keys.filter((_, index) => existing[index] === undefined));
    }),
  );
}

/**
 * Replaces the keys of the organisation's list with those of a new list, in one transaction:
 * a key removed from the list is no longer taken as the organisation's. A key of the list
 * learnt here before is now the organisation's.
 */
export function replaceOrganisationKeys(keys: readonly KnownKey[]): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().reviewerKeys, async () => {
      await db()
        .reviewerKeys.filter((key) => key.source === 'organisation')
        .delete();
      await db().reviewerKeys.bulkPut([...keys]);
    }),
  );
}
