import { liveQuery } from 'dexie';
import type { Prototype, ReviewStatus } from '../domain/prototype/schema';
import { countDoneSteps, stepIds } from '../domain/steps';
import { db, type PrototypeRow } from './db';
import { guarded } from './errors';

/** What the catalogue shows of a prototype. */
export interface PrototypeSummary {
  id: string;
  name: string;
  status: ReviewStatus;
  updatedAt: string;
  doneSteps: number;
  totalSteps: number;
}

export type SaveOutcome =
  | { kind: 'saved'; prototype: Prototype }
  | { kind: 'conflict'; storedRevision: number }
  | { kind: 'missing' };

function withoutBin({ deletedAt: _deletedAt, ...prototype }: PrototypeRow): Prototype {
  return prototype;
}

function summarize(prototype: Prototype): PrototypeSummary {
  return {
    id: prototype.id,
    name: prototype.name,
    status: prototype.status,
    updatedAt: prototype.updatedAt,
    doneSteps: countDoneSteps(prototype),
    totalSteps: stepIds.length,
  };
}

async function liveRows(): Promise<PrototypeRow[]> {
  const rows = await db().prototypes.orderBy('updatedAt').reverse().toArray();
  return rows.filter((row) => !row.deletedAt);
}

export function listPrototypeSummaries(): Promise<PrototypeSummary[]> {
  return guarded(async () => (await liveRows()).map(summarize));
}

/** Opens the database, failing with a StorageError when the browser offers none (some private modes). */
export function openStorage(): Promise<void> {
  return guarded(async () => {
    await db().open();
  });
}

/** Calls `onChange` with the catalogue now and after every change, in any tab. */
export function watchPrototypeSummaries(
  onChange: (summaries: PrototypeSummary[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listPrototypeSummaries()).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** Calls `onChange` with the stored revision of one prototype whenever it changes, in any tab. */
export function watchPrototypeRevision(
  id: string,
  onChange: (revision: number | undefined) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const row = await db().prototypes.get(id);
    return row && !row.deletedAt ? row.revision : undefined;
  }).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}

export function loadPrototype(id: string): Promise<Prototype | undefined> {
  return guarded(async () => {
    const row = await db().prototypes.get(id);
    return row && !row.deletedAt ? withoutBin(row) : undefined;
  });
}

export function prototypeExists(id: string): Promise<boolean> {
  return guarded(async () => (await loadPrototype(id)) !== undefined);
}

/**
 * Stores a new prototype; one waiting in the bin under the same id is purged first, with
 * its versions and try-out, which belong to what was deleted, not to what arrives.
 */
export function addPrototype(prototype: Prototype): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().prototypes, db().versions, db().tryouts, async () => {
      const binned = await db().prototypes.get(prototype.id);
      if (binned?.deletedAt) {
        await db().versions.where('prototypeId').equals(prototype.id).delete();
        await db().tryouts.delete(prototype.id);
        await db().prototypes.delete(prototype.id);
      }
      await db().prototypes.add(prototype);
    }),
  );
}

/**
 * Saves a prototype if nobody saved it since `baseRevision` was read; otherwise refuses,
 * so that two tabs never silently overwrite each other.
 */
export function savePrototype(
  prototype: Prototype,
  baseRevision: number,
  now: Date,
): Promise<SaveOutcome> {
  return guarded(() =>
    db().transaction('rw', db().prototypes, async (): Promise<SaveOutcome> => {
      const stored = await db().prototypes.get(prototype.id);
      if (!stored || stored.deletedAt) return { kind: 'missing' };
      if (stored.revision !== baseRevision)
        return { kind: 'conflict', storedRevision: stored.revision };
      const saved = { ...prototype, revision: baseRevision + 1, updatedAt: now.toISOString() };
      await db().prototypes.put(saved);
      return { kind: 'saved', prototype: saved };
    }),
  );
}

/**
 * Replaces a stored prototype with imported content. The revision still goes up, so a
 * tab that has the old one open learns of the change.
 */
export function replacePrototype(prototype: Prototype, now: Date): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().prototypes, async () => {
      const stored = await db().prototypes.get(prototype.id);
      await db().prototypes.put({
        ...prototype,
        createdAt: stored?.createdAt ?? prototype.createdAt,
        revision: (stored?.revision ?? 0) + 1,
        updatedAt: now.toISOString(),
      });
    }),
  );
}

/** Puts a prototype in the bin; it can be taken back until it is purged. */
export function binPrototype(id: string, now: Date): Promise<void> {
  return guarded(async () => {
    await db().prototypes.update(id, { deletedAt: now.toISOString() });
  });
}

export function unbinPrototype(id: string): Promise<void> {
  return guarded(async () => {
    await db()
      .prototypes.where('id')
      .equals(id)
      .modify((row) => {
        delete row.deletedAt;
      });
  });
}

/** Deletes for good what was put in the bin before `before`, with its versions and try-out. */
export function purgeBin(before: Date): Promise<number> {
  return guarded(() =>
    db().transaction('rw', db().prototypes, db().versions, db().tryouts, async () => {
      const expired = await db()
        .prototypes.filter(
          (row) => row.deletedAt !== undefined && row.deletedAt < before.toISOString(),
        )
        .primaryKeys();
      await db().versions.where('prototypeId').anyOf(expired).delete();
      await db().tryouts.bulkDelete(expired);
      await db().prototypes.bulkDelete(expired);
      return expired.length;
    }),
  );
}
