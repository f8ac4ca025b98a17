import Dexie, { liveQuery } from 'dexie';
import type { Version, VersionSummary } from '../domain/versions/schema';
import { db } from './db';
import { guarded } from './errors';

/** A version to store; its number is given by the repository. */
export type NewVersion = Omit<Version, 'number'>;

const ofPrototype = (prototypeId: string) =>
  db()
    .versions.where('[prototypeId+number]')
    .between([prototypeId, Dexie.minKey], [prototypeId, Dexie.maxKey]);

function summarize({ content: _content, ...summary }: Version): VersionSummary {
  return summary;
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
      await db().versions.add(stored);
      return stored;
    }),
  );
}

/** A prototype's versions, oldest first, without their content. */
export function listVersions(prototypeId: string): Promise<VersionSummary[]> {
  return guarded(async () => (await ofPrototype(prototypeId).toArray()).map(summarize));
}

export function getVersion(id: string): Promise<Version | undefined> {
  return guarded(() => db().versions.get(id));
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
