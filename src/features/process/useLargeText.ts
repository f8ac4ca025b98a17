import { useState } from 'react';

const storageKey = 'fabrik:process-large-text';

/** The projector display, remembered per browser (a preference, not part of the prototype). */
export function useLargeText(): [boolean, (large: boolean) => void] {
  const [large, setLarge] = useState(() => {
    try {
      return localStorage.getItem(storageKey) === '1';
    } catch {
      return false;
    }
  });
  const change = (next: boolean) => {
    setLarge(next);
    try {
      localStorage.setItem(storageKey, next ? '1' : '0');
    } catch {
      // The choice then lasts until the tab closes.
    }
  };
  return [large, change];
}
