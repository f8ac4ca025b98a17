import { create } from 'zustand';
import type { Prototype } from '../domain/prototype/schema';
import type { StorageErrorKind } from '../storage/errors';
import { emptyHistory, type History } from './history';

/**
 * saved: what is on screen is stored · pending: a change waits for the autosave ·
 * saving: a write is under way · error: the browser refused the write (kept in memory) ·
 * conflict: another tab saved first · missing: the prototype was deleted elsewhere.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'missing';

export type LoadState = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';

export interface EditorState {
  /** The open prototype (the document), or null before one is loaded. */
  prototype: Prototype | null;
  load: { state: LoadState; errorKind?: StorageErrorKind };
  history: History;
  save: { state: SaveState; errorKind?: StorageErrorKind };
  /** The stored revision that this tab's changes are based on. */
  baseRevision: number;
}

export const initialEditorState: EditorState = {
  prototype: null,
  load: { state: 'idle' },
  history: emptyHistory,
  save: { state: 'saved' },
  baseRevision: 0,
};

/** The open prototype and its session: one store, read through narrow selectors. */
export const useEditorStore = create<EditorState>()(() => initialEditorState);

/** The open prototype; only for components rendered inside an opened prototype. */
export function requirePrototype(state: EditorState): Prototype {
  if (!state.prototype) throw new Error('No prototype is open.');
  return state.prototype;
}
