import { useCallback, useEffect, useMemo, useRef, type FocusEvent, type FormEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** The answer a box holds, from the name react-hook-form gave it. */
const nameOf = (event: { target: EventTarget }) =>
  (event.target as Partial<HTMLInputElement>).name || undefined;

/**
 * When a box shows its error, for a form whose validation react-hook-form leaves to us
 * (`mode` and `reValidateMode` 'onSubmit'; « Étape suivante » and sending check the page).
 *
 * - Once the person leaves a box they typed in, never for a box only passed through, nor for
 *   the empty boxes of a block just added.
 * - While a box shows an error, it follows the typing: it goes as soon as the answer is right.
 * - A box left by a press elsewhere shows its error when the press is over. Shown at once, it
 *   would push the boxes below down between the press and the release, and the click would
 *   land beside what was aimed at.
 */
export function useErrorTiming(methods: UseFormReturn<FieldValues>) {
  const typedIn = useRef(new Set<string>());
  const pressing = useRef(false);
  const waiting = useRef(new Set<string>());

  useEffect(() => {
    const press = () => {
      pressing.current = true;
    };
    const release = () => {
      pressing.current = false;
      const names = [...waiting.current];
      waiting.current.clear();
      // After the click that this release makes, which the errors must not move.
      if (names.length > 0) setTimeout(() => void methods.trigger(names));
    };
    window.addEventListener('pointerdown', press, true);
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
    return () => {
      window.removeEventListener('pointerdown', press, true);
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
    };
  }, [methods]);

  const onChange = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const name = nameOf(event);
      if (!name) return;
      typedIn.current.add(name);
      if (methods.getFieldState(name).error) void methods.trigger(name);
    },
    [methods],
  );

  const onBlur = useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const name = nameOf(event);
      if (!name || !typedIn.current.has(name)) return;
      if (pressing.current) waiting.current.add(name);
      else void methods.trigger(name);
    },
    [methods],
  );

  /** A new start: no box has been typed in. */
  const forget = useCallback(() => {
    typedIn.current.clear();
    waiting.current.clear();
  }, []);

  return useMemo(() => ({ onChange, onBlur, forget }), [onChange, onBlur, forget]);
}
