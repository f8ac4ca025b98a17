import { startTransition, useEffect, useState } from 'react';
import { afterNextFrame } from './afterNextFrame';

/**
 * `value`, once the frame that shows its change elsewhere has been drawn: for what reads a
 * whole document (checks, counts, a preview), so a keystroke's frame waits for none of it.
 * React's `useDeferredValue` is not enough: its second render runs before that frame.
 */
export function useSettledValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => afterNextFrame(() => startTransition(() => setSettled(() => value))), [value]);
  return settled;
}
