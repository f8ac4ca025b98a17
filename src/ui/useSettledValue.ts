import { startTransition, useEffect, useRef, useState } from 'react';
import { afterNextFrame } from './afterNextFrame';

/** How long typing must pause before a settled value follows it. */
export const TYPING_PAUSE_MS = 200;
/** The longest a settled value stays behind while typing goes on without a pause. */
const LONGEST_LAG_MS = 1000;

/**
 * `value`, once the frame that shows its change elsewhere has been drawn and changes have
 * paused for `pauseMs`: for what reads a whole document (checks, counts, a preview), so
 * that no keystroke's frame waits for it, nor the next keystroke for its render. During
 * a long burst it still follows, at most LONGEST_LAG_MS behind.
 * A press or a focus move, which end the typing, bring it up to date at once.
 * React's `useDeferredValue` is not enough: its second render runs before that frame, and
 * again after every keystroke.
 */
export function useSettledValue<T>(value: T, pauseMs = 0): T {
  const [settled, setSettled] = useState(value);
  /** When the settled value first fell behind (performance.now()), while it is behind. */
  const behindSince = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (Object.is(value, settled)) {
      behindSince.current = undefined;
      return;
    }
    const since = (behindSince.current ??= performance.now());
    const wait = Math.max(0, Math.min(pauseMs, since + LONGEST_LAG_MS - performance.now()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const followNow = () => {
      behindSince.current = undefined;
      setSettled(() => value);
    };
    const cancelFrame = afterNextFrame(() => {
      timer = setTimeout(() => startTransition(followNow), wait);
    });
    // A press or a focus moving elsewhere ends the typing: what follows it is up to date
    // before that click or that box acts (a preview checked right after a change).
    const ends = ['pointerdown', 'focusin'] as const;
    for (const end of ends) document.addEventListener(end, followNow, true);
    return () => {
      cancelFrame();
      clearTimeout(timer);
      for (const end of ends) document.removeEventListener(end, followNow, true);
    };
    // `settled` only tells whether there is anything to follow; its own change needs no run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, pauseMs]);
  return settled;
}
