import { useEffect } from 'react';
import { redo, undo } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { undoTarget, useUndoScope } from '../../state/undoScope';

/** Runs undo or redo through the step's own history for its own changes, else the prototype's. */
export function runUndo(direction: 'undo' | 'redo'): void {
  const { provider } = useUndoScope.getState();
  const { history, prototype } = useEditorStore.getState();
  if (provider && undoTarget(direction, provider, history, prototype) === 'provider') {
    provider[direction]();
  } else if (direction === 'undo') undo();
  else redo();
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, everywhere in the prototype,
 * text boxes included: every change goes through the prototype's history.
 */
export function useUndoShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A widget that handled the key itself (bpmn-js's canvas) has the last word.
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        runUndo(event.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        runUndo('redo');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
