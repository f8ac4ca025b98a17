import type { Prototype } from '../domain/prototype/schema';

/**
 * An editor that keeps its own undo history while it is open (bpmn-js's command stack).
 * Its changes are steps of the app's one timeline like any other, recorded with the
 * editor's own record of them (`execute(command, at, live)`); when undo or redo reaches
 * such a step while the editor is open, the editor takes the change back or replays it
 * itself (keeping the view and the selection), then shows `target`. An editor that no
 * longer holds the change (closed, or its history started afresh) has nothing to do: the
 * stored snapshot is restored, as for every other step.
 */
export interface LiveUndoProvider {
  undo(live: object, target: Prototype): void;
  redo(live: object, target: Prototype): void;
}

let provider: LiveUndoProvider | undefined;

/** Installs the open editor's provider; returns the function that removes it. */
export function provideLiveUndo(installed: LiveUndoProvider): () => void {
  provider = installed;
  return () => {
    if (provider === installed) provider = undefined;
  };
}

/** The open editor's provider, if an editor with its own history is open. */
export function liveUndoProvider(): LiveUndoProvider | undefined {
  return provider;
}
