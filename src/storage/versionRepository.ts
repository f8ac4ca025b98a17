import Dexie, { liveQuery } from 'dexie';
import type { Version, VersionSummary } from '../domain/versions/schema';
import { readStored } from '../domain/stored/readStored';
import { versionShape } from '../domain/stored/shapes';
import { db } from './db';
import { guarded, StorageError } from './errors';
import { stamped } from './stored';

/** A version to store; its number is given by the repository. */
export type NewVersion = Omit<Version, 'number'>;

const ofPrototype = (prototypeId: string) =>
  db()
    .versions.where('[prototypeId+number]')
    .between([prototypeId, Dexie.minKey], [prototypeId, Dexie.maxKey]);

function summarize({ content: _content, ...summary }: Version): VersionSummary {
  const { schemaVersion: _schemaVersion, ...rest } = summary as VersionSummary & {
    schemaVersion?: number;
  };
  return rest;
}

/**
 * Stores a version under the next number of its prototype. Versions are immutable: there
 * is no update, and a number is never given twice (the read and the write are one transaction).
 */
export function addVersion(version: NewVersion): Promise<Version> {
  return guarded(() =>
    db().transaction('rw', db().versions, async () => {
      const last = await ofPrototype(version.prototypeId).last();
      const stored: Version = { ...version, number: (last?.number ?? 0) + 1 };
      await db().versions.add(stamped(versionShape, stored));
      return stored;
    }),
  );
}

/** A prototype's versions, oldest first, without their content. */
export function listVersions(prototypeId: string): Promise<VersionSummary[]> {
  return guarded(async () => (await ofPrototype(prototypeId).toArray()).map(summarize));
}

/**
 * A version, read through its migrate → validate → repair path before it is shown or
 * restored. One that cannot be read fails with 'unreadable'; it stays stored as it is.
 */
export function getVersion(id: string): Promise<Version | undefined> {
  return guarded(async () => {
    const row = await db().versions.get(id);
    if (row === undefined) return undefined;
    const read = readStored(versionShape, row);
    if (!read.ok) throw new StorageError('unreadable', read.problem);
    return read.value;
  });
}

/** Calls `onChange` with a prototype's versions now and whenever one is added, in any tab. */
export function watchVersions(
  prototypeId: string,
  onChange: (versions: VersionSummary[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listVersions(prototypeId)).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
