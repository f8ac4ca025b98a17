import { create } from 'zustand';

/**
 * A step with its own undo history (bpmn-js's command stack) takes over the app's undo
 * buttons and shortcuts while it is open, so there is one undo for the user.
 */
export interface UndoProvider {
  undo(): void;
  redo(): void;
}

interface UndoScopeState {
  provider?: UndoProvider;
  canUndo: boolean;
  canRedo: boolean;
}

export const useUndoScope = create<UndoScopeState>()(() => ({ canUndo: false, canRedo: false }));

/** Installs a provider; returns the function that removes it. */
export function provideUndo(provider: UndoProvider): () => void {
  useUndoScope.setState({ provider, canUndo: false, canRedo: false });
  return () => {
    if (useUndoScope.getState().provider === provider) {
      useUndoScope.setState({ provider: undefined, canUndo: false, canRedo: false });
    }
  };
}

/** The provider reports whether it can undo or redo after each of its changes. */
export function reportUndoAvailability(canUndo: boolean, canRedo: boolean): void {
  useUndoScope.setState({ canUndo, canRedo });
}
