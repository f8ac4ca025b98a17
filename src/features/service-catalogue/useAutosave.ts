import { useCallback, useEffect, useRef, useState } from 'react';

/** A change is written this long after typing pauses: well within a second. */
export const AUTOSAVE_DELAY_MS = 300;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/**
 * A value edited on screen and written by `save` shortly after each change, and at once
 * when the screen closes, so that nothing typed is lost. `save` must be a stable function.
 */
export function useAutosave<T>(initial: T, save: (value: T) => Promise<void>) {
  const [value, setValue] = useState(initial);
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<T | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === undefined) return;
    pending.current = undefined;
    setState('saving');
    save(next).then(
      () => setState((current) => (current === 'saving' ? 'saved' : current)),
      () => {
        // Kept to be written with the next change.
        pending.current ??= next;
        setState('failed');
      },
    );
  }, [save]);

  const change = useCallback(
    (update: (current: T) => T) => {
      setValue((current) => {
        const next = update(current);
        pending.current = next;
        return next;
      });
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** Forgets the change not yet written (the value is being deleted). */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
  }, []);

  useEffect(() => flush, [flush]);

  return { value, change, state, discard };
}
