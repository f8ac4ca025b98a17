import { canonicalJson } from '../domain/bundle/hash';
import type { Prototype } from '../domain/prototype/schema';
import { clearJournal, readJournal } from '../storage/journal';
import { isOtherTabOpen } from './tabLock';

export type Recovery =
  | { kind: 'none' }
  /** Changes made just before the tab closed, on top of what is stored: replay them. */
  | { kind: 'replay'; prototype: Prototype }
  /** Changes made on an older revision than the stored one: they cannot be merged. */
  | { kind: 'stale'; prototype: Prototype };

/**
 * Everything the journal keeps, status and review record included (a submission made just
 * before the tab closed is a change too), but the marks of the write that stored it.
 */
const kept = ({ revision: _revision, updatedAt: _updatedAt, ...rest }: Prototype) => rest;
const sameContent = (a: Prototype, b: Prototype) =>
  canonicalJson(kept(a)) === canonicalJson(kept(b));

/** What to do with the journal left by a tab that closed with unsaved changes. */
export async function recoverJournal(stored: Prototype): Promise<Recovery> {
  // Read through the journal's migrate → validate → repair path; one unreadable is kept aside.
  const entry = await readJournal(stored.id);
  if (!entry) return { kind: 'none' };
  // Written while editing, by a tab still open: that tab stores these changes itself.
  if (await isOtherTabOpen(entry.tab)) return { kind: 'none' };
  const { prototype } = entry;
  if (sameContent(prototype, stored)) {
    clearJournal(stored.id);
    return { kind: 'none' };
  }
  const ownWrite =
    entry.writing?.revision === stored.revision && entry.writing.updatedAt === stored.updatedAt;
  if (entry.baseRevision === stored.revision || ownWrite) {
    return { kind: 'replay', prototype: { ...prototype, revision: stored.revision } };
  }
  return { kind: 'stale', prototype };
}
