import { useEffect, useRef } from 'react';

/**
 * Focuses a text box and selects its text once `select` turns true: what « Ajouter … » does
 * with the item it adds, so that typing straight away replaces its default text rather than
 * pressing the button again (or switching presentation on with the P key).
 */
export function useSelectWhen<T extends HTMLInputElement | HTMLTextAreaElement>(select: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!select || !ref.current) return;
    ref.current.focus();
    ref.current.select();
  }, [select]);
  return ref;
}
