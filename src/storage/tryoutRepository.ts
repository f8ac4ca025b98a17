import { liveQuery } from 'dexie';
import { db, type TryoutRow } from './db';
import { guarded } from './errors';

/** A row written by this app has these; anything else is not a try-out to resume. */
function isTryoutRow(row: unknown): row is TryoutRow {
  const candidate = row as Partial<TryoutRow> | undefined;
  return (
    typeof candidate?.code === 'string' &&
    typeof candidate.submittedAt === 'string' &&
    Array.isArray(candidate.run?.tokens) &&
    Array.isArray(candidate.run.stops) &&
    Array.isArray(candidate.run.log) &&
    Array.isArray(candidate.earlier)
  );
}

/** The prototype's try-out in progress, if there is one. */
export async function loadTryout(prototypeId: string): Promise<TryoutRow | undefined> {
  const row = await guarded(() => db().tryouts.get(prototypeId));
  return isTryoutRow(row) ? row : undefined;
}

/** Calls `onChange` with the prototype's try-out now and whenever it changes, in any tab. */
export function watchTryout(
  prototypeId: string,
  onChange: (row: TryoutRow | undefined) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => loadTryout(prototypeId)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

export function saveTryout(row: TryoutRow): Promise<void> {
  return guarded(async () => {
    await db().tryouts.put(row);
  });
}

export function deleteTryout(prototypeId: string): Promise<void> {
  return guarded(() => db().tryouts.delete(prototypeId));
}
