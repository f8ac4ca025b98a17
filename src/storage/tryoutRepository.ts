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

export function saveTryout(row: TryoutRow): Promise<void> {
  return guarded(async () => {
    await db().tryouts.put(row);
  });
}

export function deleteTryout(prototypeId: string): Promise<void> {
  return guarded(() => db().tryouts.delete(prototypeId));
}
