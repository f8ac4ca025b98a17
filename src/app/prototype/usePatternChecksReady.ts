import { useEffect, useReducer, useState } from 'react';
import { holdsPattern } from '../../domain/form/holdsPattern';
import { loadPatternEngines, patternEnginesLoaded } from '../../domain/form/patternEngines';
import { useEditorStore } from '../../state/editorStore';

/** Walked once per prototype value: the store's selectors run on every change of it. */
const walked = new WeakMap<object, boolean>();

function prototypeHoldsPattern(prototype: object | null | undefined): boolean {
  if (!prototype) return false;
  let holds = walked.get(prototype);
  if (holds === undefined) walked.set(prototype, (holds = holdsPattern(prototype)));
  return holds;
}

/**
 * Whether the open prototype's checks and previews can run: it holds no validation
 * pattern, or the pattern engines are loaded. A prototype that holds one waits for them
 * (they load at once); one that does not is shown without them, and they load once the
 * page is idle (`useIdleStepPreload`). A pattern arriving before then (another device's
 * edit, a restored version) holds the step back until they are there. Should they fail
 * to load, the error goes to the nearest error boundary (its « Réessayer » loads again).
 */
export function usePatternChecksReady(): boolean {
  // A boolean, not the prototype: the prototype's frame must not re-render on every edit
  // (each would reach every step's whole tree, a thousand-field canvas included).
  const waiting = useEditorStore(
    (state) => !patternEnginesLoaded() && prototypeHoldsPattern(state.prototype),
  );
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    loadPatternEngines().then(
      () => live && rerender(),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  if (failure) throw failure.error;
  return !waiting || patternEnginesLoaded();
}
