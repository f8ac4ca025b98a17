import { readStored } from '../domain/stored/readStored';
import type { JournalEntry } from '../domain/stored/shapes';
import { journalVersioning } from '../domain/stored/versioning';
import { stamped } from './stored';
import { loadStoredShapes } from './storedShapes';

export type { JournalEntry } from '../domain/stored/shapes';

/*
 * The last unsaved state of an open prototype, written synchronously to localStorage when
 * the tab is hidden or closed: an IndexedDB write started then may never finish.
 * It is replayed the next time the prototype opens.
 */

const keyOf = (id: string) => `fabrik:journal:${id}`;
/** Where a journal this release cannot read is kept: never overwritten, never replayed. */
const asideKeyOf = (id: string, at: Date) => `fabrik:journal-aside:${id}:${at.toISOString()}`;

export function writeJournal(entry: JournalEntry): boolean {
  try {
    localStorage.setItem(
      keyOf(entry.prototype.id),
      JSON.stringify(stamped(journalVersioning, entry)),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * The journal left for a prototype, read through its migrate → validate → repair path.
 * One that cannot be read is moved aside (kept as written), so a later journal does not
 * overwrite it and it is not offered again. Its check's code must have arrived: a journal
 * passed over for want of it would be overwritten by the next edit, so a failed download
 * is thrown (`StorageError` 'notDownloaded'), and the prototype is opened again later.
 */
export async function readJournal(id: string, now = new Date()): Promise<JournalEntry | undefined> {
  const text = journalText(id);
  if (!text) return undefined;
  const { journalShape } = await loadStoredShapes();
  try {
    const read = readStored(journalShape, parsed(text));
    if (read.ok) return read.value;
    localStorage.setItem(asideKeyOf(id, now), text);
    localStorage.removeItem(keyOf(id));
    return undefined;
  } catch {
    return undefined;
  }
}

function journalText(id: string): string | null {
  try {
    return localStorage.getItem(keyOf(id));
  } catch {
    return null;
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function clearJournal(id: string): void {
  try {
    localStorage.removeItem(keyOf(id));
  } catch {
    // Nothing to clear when localStorage is unavailable.
  }
}
