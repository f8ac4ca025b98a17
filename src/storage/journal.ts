import type { Prototype } from '../domain/prototype/schema';

/**
 * The last unsaved state of an open prototype, written synchronously to localStorage when
 * the tab is hidden or closed: an IndexedDB write started then may never finish.
 * It is replayed the next time the prototype opens.
 */
export interface JournalEntry {
  /** The stored revision the unsaved changes were made on. */
  baseRevision: number;
  /** The prototype as it was on screen. */
  prototype: Prototype;
  /**
   * The write this tab had under way when it closed. If it completed, the stored
   * prototype is that write (same revision and time), and the changes still replay on it.
   */
  writing?: { revision: number; updatedAt: string };
  /** The tab that wrote it: while that tab is open, its changes are its own to store. */
  tab?: string;
}

const keyOf = (id: string) => `fabrik:journal:${id}`;

export function writeJournal(entry: JournalEntry): boolean {
  try {
    localStorage.setItem(keyOf(entry.prototype.id), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

export function readJournal(id: string): JournalEntry | undefined {
  try {
    const text = localStorage.getItem(keyOf(id));
    return text ? (JSON.parse(text) as JournalEntry) : undefined;
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
