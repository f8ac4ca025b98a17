import type { KnownKey } from '../domain/review/keyring';
import { readStored } from '../domain/stored/readStored';
import { reviewerKeyShape } from '../domain/stored/shapes';
import { db } from './db';
import { guarded } from './errors';
import { stamped } from './stored';

const stamp = (key: KnownKey) => stamped(reviewerKeyShape, key);

/**
 * Every reviewer key this browser knows and can read. A row that cannot be read is not
 * trusted, and stays stored as it is.
 */
export function listReviewerKeys(): Promise<KnownKey[]> {
  return guarded(async () =>
    (await db().reviewerKeys.toArray()).flatMap((row) => {
      const read = readStored(reviewerKeyShape, row);
      return read.ok ? [read.value] : [];
    }),
  );
}

/** Adds keys learnt here; a key already known under the same name keeps its first record. */
export function addReviewerKeys(keys: readonly KnownKey[]): Promise<void> {
  if (keys.length === 0) return Promise.resolve();
  return guarded(() =>
    db().transaction('rw', db().reviewerKeys, async () => {
      const existing = await db().reviewerKeys.bulkGet(
        keys.map((key): [string, string] => [key.keyHash, key.nameKey]),
      );
      await db().reviewerKeys.bulkPut(
        keys.filter((_, index) => existing[index] === undefined).map(stamp),
      );
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
      await db().reviewerKeys.bulkPut(keys.map(stamp));
    }),
  );
}
