import { create } from 'zustand';
import type { Prototype } from '../domain/prototype/schema';
import type { History } from './history';

/**
 * A step with its own undo history (bpmn-js's command stack) takes over the app's undo
 * buttons and shortcuts while it is open, so there is one undo for the user. Changes made
 * meanwhile outside it (a role added to the prototype's list, an exception noted) stay
 * the app's: undo goes to whichever made the last change.
 */
export interface UndoProvider {
  undo(): void;
  redo(): void;
  /** Whether going from one state of the prototype to the other is this provider's change. */
  owns(from: Prototype, to: Prototype): boolean;
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

/**
 * Who takes an undo (or a redo) now: the provider, unless the app's next step in that
 * direction is a change the provider did not make.
 */
export function undoTarget(
  direction: 'undo' | 'redo',
  provider: UndoProvider | undefined,
  history: History,
  prototype: Prototype | null | undefined,
): 'provider' | 'app' {
  if (!provider) return 'app';
  const step = direction === 'undo' ? history.past.at(-1) : history.future[0];
  return step && prototype && !provider.owns(step, prototype) ? 'app' : 'provider';
}
