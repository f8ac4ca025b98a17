import type { Signoff } from '../domain/review/schema';
import { readStored } from '../domain/stored/readStored';
import { seenSignoffShape } from '../domain/stored/shapes';
import { db, type SeenSignoffRow } from './db';
import { guarded } from './errors';
import { stamped } from './stored';

/**
 * Remembers sign-offs as seen, for the prototype id their file carries. One seen before keeps
 * the date it was first seen.
 */
export function rememberSeenSignoffs(
  prototypeId: string,
  signoffs: readonly Signoff[],
  at: Date,
): Promise<void> {
  if (signoffs.length === 0) return Promise.resolve();
  return guarded(() =>
    db().transaction('rw', db().seenSignoffs, async () => {
      const keys = signoffs.map((signoff): [string, string] => [
        signoff.contentHash,
        signoff.signature,
      ]);
      const existing = await db().seenSignoffs.bulkGet(keys);
      const rows: SeenSignoffRow[] = signoffs
        .filter((_, index) => existing[index] === undefined)
        .map((signoff) => ({
          contentHash: signoff.contentHash,
          signature: signoff.signature,
          prototypeId,
          signoff,
          seenAt: at.toISOString(),
        }))
        .map((row) => stamped(seenSignoffShape, row));
      await db().seenSignoffs.bulkPut(rows);
    }),
  );
}

/**
 * Every sign-off this browser has seen on this content, whatever the prototype became; a row
 * that cannot be read is left out (and left stored as it is).
 */
export function seenSignoffsOf(contentHash: string): Promise<Signoff[]> {
  return guarded(async () =>
    (await db().seenSignoffs.where('contentHash').equals(contentHash).toArray()).flatMap((row) => {
      const read = readStored(seenSignoffShape, row);
      return read.ok ? [read.value.signoff] : [];
    }),
  );
}
