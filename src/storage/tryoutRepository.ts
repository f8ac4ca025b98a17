import { liveQuery } from 'dexie';
import { readStored } from '../domain/stored/readStored';
import { tryoutShape } from '../domain/stored/shapes';
import { db, type TryoutRow } from './db';
import { guarded } from './errors';
import { stamped } from './stored';

/** What is stored for a prototype's try-out: nothing, a try-out, or a row that cannot be read. */
export type StoredTryout =
  | { kind: 'none' }
  | { kind: 'found'; row: TryoutRow }
  /** Kept as it is until a new try-out starts; then moved aside, never overwritten. */
  | { kind: 'unreadable'; raw: unknown };

function readTryout(row: unknown): StoredTryout {
  if (row === undefined) return { kind: 'none' };
  const read = readStored(tryoutShape, row);
  return read.ok ? { kind: 'found', row: read.value } : { kind: 'unreadable', raw: row };
}

/** The prototype's try-out, read through its migrate → validate → repair path. */
export function loadStoredTryout(prototypeId: string): Promise<StoredTryout> {
  return guarded(async () => readTryout(await db().tryouts.get(prototypeId)));
}

/** The prototype's try-out in progress, if there is one that can be read. */
export async function loadTryout(prototypeId: string): Promise<TryoutRow | undefined> {
  const stored = await loadStoredTryout(prototypeId);
  return stored.kind === 'found' ? stored.row : undefined;
}

/** Calls `onChange` with the prototype's try-out now and whenever it changes, in any tab. */
export function watchTryout(
  prototypeId: string,
  onChange: (stored: StoredTryout) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => loadStoredTryout(prototypeId)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** A stored row that cannot be read is moved to the kept-aside table before its slot is reused. */
async function keepAsideIfUnreadable(prototypeId: string): Promise<void> {
  const existing: unknown = await db().tryouts.get(prototypeId);
  if (readTryout(existing).kind !== 'unreadable') return;
  await db().keptAside.add({
    store: 'tryouts',
    key: prototypeId,
    raw: existing,
    keptAt: new Date().toISOString(),
  });
}

export function saveTryout(row: TryoutRow): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().tryouts, db().keptAside, async () => {
      await keepAsideIfUnreadable(row.prototypeId);
      await db().tryouts.put(stamped(tryoutShape, row));
    }),
  );
}

export function deleteTryout(prototypeId: string): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().tryouts, db().keptAside, async () => {
      await keepAsideIfUnreadable(prototypeId);
      await db().tryouts.delete(prototypeId);
    }),
  );
}
