import { liveQuery } from 'dexie';
import type { Prototype, ReviewStatus } from '../domain/prototype/schema';
import { countDoneSteps, stepIds } from '../domain/steps';
import { readStored } from '../domain/stored/readStored';
import { prototypeRowVersioning } from '../domain/stored/versioning';
import { db, isMemoryDatabase, switchToMemoryDatabase, type PrototypeRow } from './db';
import type { EarlyRead } from './earlyRow';
import { classifyStorageError, guarded, StorageError } from './errors';
import { isCurrent, stamped } from './stored';
import { loadStoredShapes } from './storedShapes';

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

/**
 * A stored prototype this release cannot read: kept as it is (never overwritten), shown
 * aside in the catalogue with its raw content to export.
 */
export interface UnreadablePrototype {
  id: string;
  /** Its name, when the row still has one. */
  name?: string;
  /** The row exactly as stored. */
  raw: unknown;
}

/** What the catalogue lists: the prototypes, and the rows that cannot be read. */
export interface CatalogueRows {
  items: PrototypeSummary[];
  unreadable: UnreadablePrototype[];
}

const isBinned = (row: unknown) =>
  typeof (row as { deletedAt?: unknown } | undefined)?.deletedAt === 'string';

function unreadableOf(row: Record<string, unknown>): UnreadablePrototype {
  return {
    id: String(row.id),
    ...(typeof row.name === 'string' && row.name.trim() !== '' ? { name: row.name } : {}),
    raw: row,
  };
}

/** A stored row through the prototype's migrate → validate → repair path. */
const readRow = async (row: PrototypeRow) =>
  readStored((await loadStoredShapes()).prototypeRowShape, row);

function withoutBin({ deletedAt: _deletedAt, ...prototype }: PrototypeRow): Prototype {
  return prototype;
}

/**
 * What the catalogue shows of a row this release wrote, without its schema: every write
 * stores a prototype that was read or changed through the domain, so its summary fields
 * are there. Anything else (an older or newer row, a summary that cannot be made) goes
 * through the full path; a prototype opened for editing goes through it once it is shown
 * (`openPrototypeRow`).
 */
function quickSummary(row: PrototypeRow): PrototypeSummary | undefined {
  if (!isCurrent(prototypeRowVersioning, row)) return undefined;
  const { id, name, status, updatedAt } = row as Partial<Record<string, unknown>>;
  if (![id, name, status, updatedAt].every((value) => typeof value === 'string')) return undefined;
  try {
    return summarize(row);
  } catch {
    return undefined;
  }
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

/** Every row not in the bin, read; a row without a date to sort by is still listed. */
export function listCatalogue(): Promise<CatalogueRows> {
  return guarded(async () => {
    const rows = (await db().prototypes.toArray()).filter((row) => !isBinned(row));
    const items: PrototypeSummary[] = [];
    const unreadable: UnreadablePrototype[] = [];
    for (const row of rows) {
      const quick = quickSummary(row);
      if (quick) {
        items.push(quick);
        continue;
      }
      const read = await readRow(row);
      if (read.ok) items.push(summarize(read.value));
      else unreadable.push(unreadableOf(row as unknown as Record<string, unknown>));
    }
    items.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return { items, unreadable };
  });
}

export function listPrototypeSummaries(): Promise<PrototypeSummary[]> {
  return listCatalogue().then(({ items }) => items);
}

/**
 * Opens the database. When the browser offers none or refuses it (some private modes), a
 * database in memory takes its place; fails with a StorageError only if that fails too.
 */
export function openStorage(): Promise<void> {
  return guarded(async () => {
    try {
      await db().open();
    } catch (error) {
      if (isMemoryDatabase() || classifyStorageError(error) !== 'unavailable') throw error;
      await switchToMemoryDatabase();
      await db().open();
    }
  });
}

/** Calls `onChange` with the catalogue now and after every change, in any tab. */
export function watchCatalogue(
  onChange: (catalogue: CatalogueRows) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listCatalogue()).subscribe({
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

/**
 * Rows shown before their full read (`openPrototypeRow`), by id, with that read once it
 * has started: until it passes, nothing is written over them.
 */
const unverified = new Map<string, { row: PrototypeRow; verifying?: Promise<void> }>();

/**
 * The stored prototype, read through its migrate → validate → repair path; undefined when
 * there is none (or it is in the bin). A row that cannot be read fails with 'unreadable'.
 */
export function loadPrototype(id: string): Promise<Prototype | undefined> {
  return guarded(async () => {
    const row = await db().prototypes.get(id);
    if (!row || isBinned(row)) return undefined;
    const prototype = await readInFull(row);
    // Read in full just now: what an earlier open showed unchecked no longer holds saves.
    unverified.delete(id);
    return prototype;
  });
}

async function readInFull(row: PrototypeRow): Promise<Prototype> {
  const read = await readRow(row);
  if (!read.ok) throw new StorageError('unreadable', read.problem);
  return withoutBin(read.value);
}

/**
 * The prototype to edit, for the editor to show at once. A row this release wrote (every
 * write stores a prototype read or changed through the domain) is shown as stored, and
 * read in full (`verifyOpenedPrototype`) once it is on screen: the schemas' code and the
 * check stay out of the way of the first frame. A row of another release is read in full
 * first. Undefined when there is none (or it is in the bin).
 */
export function openPrototypeRow(id: string): Promise<Prototype | undefined> {
  return guarded(async () => shownRow(id, await db().prototypes.get(id)));
}

/** What `openPrototypeRow` gives for the row stored under `id` (undefined for none). */
async function shownRow(id: string, row: PrototypeRow | undefined): Promise<Prototype | undefined> {
  if (!row || isBinned(row)) return undefined;
  if (!isCurrent(prototypeRowVersioning, row)) {
    const prototype = await readInFull(row);
    unverified.delete(id);
    return prototype;
  }
  unverified.set(id, { row });
  // As its full read would give it: without the bin's date and the row's version mark.
  const { [prototypeRowVersioning.versionField]: _version, ...stored } = row as PrototypeRow &
    Record<string, unknown>;
  return withoutBin(stored as PrototypeRow);
}

/**
 * Reads in full the row `openPrototypeRow` showed unchecked; fails with 'unreadable' if it
 * does not pass (then, and until it is opened again, every save over it fails the same
 * way, leaving it as it is). Resolves at once for any other prototype.
 */
export function verifyOpenedPrototype(id: string): Promise<void> {
  const opened = unverified.get(id);
  if (!opened) return Promise.resolve();
  opened.verifying ??= guarded(async () => {
    try {
      await readInFull(opened.row);
    } catch (error) {
      // Read in full again since (`loadPrototype`), or opened again: this row is not shown.
      if (unverified.get(id) !== opened) return;
      // Only the row's own failure stands; a check that could not run (its code did not
      // load) is tried again by the next save.
      if (!(error instanceof StorageError && error.kind === 'unreadable')) {
        opened.verifying = undefined;
      }
      throw error;
    }
    if (unverified.get(id) === opened) unverified.delete(id);
  });
  return opened.verifying;
}

let prefetched: { id: string; read: Promise<Prototype | undefined> } | undefined;

/**
 * Starts reading a prototype when the page opens on its address: the read goes on while
 * the code of the screens that show it loads, instead of after. Taken once, by the first
 * `takePrefetchedPrototype` of that id. `early` is the row the page's first script read
 * (`earlyRow.ts`): it is opened as `openPrototypeRow` would open it; when that quick read
 * could not be made, Dexie reads the row.
 */
export function prefetchPrototype(
  id: string,
  early?: Promise<EarlyRead | undefined>,
): Promise<unknown> {
  const read = early
    ? early.then((found) =>
        found
          ? guarded(() => shownRow(id, found.row as PrototypeRow | undefined))
          : openPrototypeRow(id),
      )
    : openPrototypeRow(id);
  prefetched = { id, read };
  // A failure is met again, and reported, by whoever takes the read.
  return read.catch(() => undefined);
}

/** The read `prefetchPrototype` started for this id, once; undefined otherwise. */
export function takePrefetchedPrototype(id: string): Promise<Prototype | undefined> | undefined {
  const taken = prefetched;
  prefetched = undefined;
  return taken?.id === id ? taken.read : undefined;
}

/** Refuses to write over a row this release cannot read: it is kept as it is. */
async function refuseUnreadable(row: PrototypeRow | undefined): Promise<void> {
  if (row && !isCurrent(prototypeRowVersioning, row) && !(await readRow(row)).ok) {
    throw new StorageError('unreadable', undefined);
  }
}

/** Whether a prototype is stored under this id, readable or not (an import then keeps both). */
export function prototypeExists(id: string): Promise<boolean> {
  return guarded(async () => {
    const row = await db().prototypes.get(id);
    return row !== undefined && !isBinned(row);
  });
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
      await db().prototypes.add(stamped(prototypeRowVersioning, prototype));
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
  return guarded(async () => {
    await verifyOpenedPrototype(prototype.id);
    return db().transaction('rw', db().prototypes, async (): Promise<SaveOutcome> => {
      const stored = await db().prototypes.get(prototype.id);
      if (!stored || stored.deletedAt) return { kind: 'missing' };
      await refuseUnreadable(stored);
      if (stored.revision !== baseRevision)
        return { kind: 'conflict', storedRevision: stored.revision };
      const saved = { ...prototype, revision: baseRevision + 1, updatedAt: now.toISOString() };
      await db().prototypes.put(stamped(prototypeRowVersioning, saved));
      return { kind: 'saved', prototype: saved };
    });
  });
}

/**
 * Replaces a stored prototype with imported content. The revision still goes up, so a
 * tab that has the old one open learns of the change.
 */
export function replacePrototype(prototype: Prototype, now: Date): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().prototypes, async () => {
      const stored = await db().prototypes.get(prototype.id);
      await refuseUnreadable(stored);
      await db().prototypes.put(
        stamped(prototypeRowVersioning, {
          ...prototype,
          createdAt: stored?.createdAt ?? prototype.createdAt,
          revision: (stored?.revision ?? 0) + 1,
          updatedAt: now.toISOString(),
        }),
      );
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
