import { Database } from '@hocuspocus/extension-database';
import * as Y from 'yjs';
import type { LiveStore } from './stores/types';

/**
 * Loads a document from its stored state and the updates logged since, and folds the log
 * into the stored state when Hocuspocus stores the document (debounced). A logged update
 * is dropped only once the state being stored is known to contain it.
 */
export function persistence(store: LiveStore) {
  return new Database({
    async fetch({ documentName }) {
      const { state, updates } = await store.loadDocument(documentName);
      const parts = [...(state ? [state] : []), ...updates.map(({ update }) => update)];
      return parts.length === 0 ? null : Y.mergeUpdates(parts);
    },
    async store({ documentName, document }) {
      // A room ended meanwhile must not come back when its last connection closes.
      if (!(await store.findRoom(documentName))) return;
      const updates = await store.loggedUpdates(documentName);
      const snapshot = Y.snapshot(document);
      const state = Y.encodeStateAsUpdate(document);
      const included = updates
        .filter(({ update }) => Y.snapshotContainsUpdate(snapshot, update))
        .map(({ id }) => id);
      await store.storeDocument(documentName, state, included);
    },
  });
}
