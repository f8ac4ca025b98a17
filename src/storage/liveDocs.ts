import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/**
 * This browser's copy of a shared document, in its own IndexedDB database: changes made
 * offline are kept across a reload and merged when the server is reached again.
 */
export function keepLiveDoc(roomId: string, doc: Y.Doc) {
  const persistence = new IndexeddbPersistence(`fabrik-live-${roomId}`, doc);
  return {
    loaded: persistence.whenSynced.then(() => undefined),
    /** Stops writing; the copy stays. */
    close: () => persistence.destroy(),
    /** Forgets the copy (the sharing ended, or the server refused this copy's changes). */
    clear: () => persistence.clearData(),
  };
}
