import { useEffect, useMemo, useReducer } from 'react';
import { holdsPattern } from '../../domain/form/holdsPattern';
import { loadPatternEngines, patternEnginesLoaded } from '../../domain/form/patternEngines';
import { useEditorStore } from '../../state/editorStore';

/**
 * Whether the open prototype's checks and previews can run: it holds no validation
 * pattern, or the pattern engines are loaded. A prototype that holds one waits for them
 * (they load at once); one that does not is shown without them, and they load once the
 * page is idle (`useIdleStepPreload`). A pattern arriving before then (another device's
 * edit, a restored version) holds the steps back until they are there.
 */
export function usePatternChecksReady(): boolean {
  const prototype = useEditorStore((state) => state.prototype);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const waiting = useMemo(() => !patternEnginesLoaded() && holdsPattern(prototype), [prototype]);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    void loadPatternEngines().then(() => live && rerender());
    return () => {
      live = false;
    };
  }, [waiting]);
  return !waiting || patternEnginesLoaded();
}
