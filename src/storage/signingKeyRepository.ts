import { signingKeyShape } from '../domain/stored/shapes';
import { db, type SigningKeyRow } from './db';
import { guarded } from './errors';
import { stamped } from './stored';

/** One key per browser profile: a reviewer signs every decision with the same key. */
const KEY_ID = 'default';

/** This browser's signing key, if one was made. */
export function loadSigningKey(): Promise<SigningKeyRow | undefined> {
  return guarded(() => db().signingKeys.get(KEY_ID));
}

/**
 * Stores a newly made key, unless another tab stored one first: then that one is kept and
 * returned, so a reviewer never ends up with two keys.
 */
export function storeSigningKey(row: Omit<SigningKeyRow, 'id'>): Promise<SigningKeyRow> {
  return guarded(() =>
    db().transaction('rw', db().signingKeys, async () => {
      const existing = await db().signingKeys.get(KEY_ID);
      if (existing) return existing;
      const stored = { ...row, id: KEY_ID };
      await db().signingKeys.add(stamped(signingKeyShape, stored));
      return stored;
    }),
  );
}
