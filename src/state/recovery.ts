import { canonicalJson } from '../domain/bundle/hash';
import { contentOf } from '../domain/prototype/model';
import type { Prototype } from '../domain/prototype/schema';
import { clearJournal, readJournal } from '../storage/journal';

export type Recovery =
  | { kind: 'none' }
  /** Changes made just before the tab closed, on top of what is stored: replay them. */
  | { kind: 'replay'; prototype: Prototype }
  /** Changes made on an older revision than the stored one: they cannot be merged. */
  | { kind: 'stale'; prototype: Prototype };

const sameContent = (a: Prototype, b: Prototype) =>
  canonicalJson(contentOf(a)) === canonicalJson(contentOf(b));

/** What to do with the journal left by a tab that closed with unsaved changes. */
export function recoverJournal(stored: Prototype): Recovery {
  // Read through the journal's migrate → validate → repair path; one unreadable is kept aside.
  const entry = readJournal(stored.id);
  if (!entry) return { kind: 'none' };
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
