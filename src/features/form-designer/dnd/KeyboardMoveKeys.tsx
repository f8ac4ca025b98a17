import { useEffect } from 'react';
import { useDrag } from '../state/dragStore';
import { cancelKeyboardMove, dropKeyboardMove, stepKeyboardMove } from './keyboardMove';

const steps: Record<string, number | 'first' | 'last'> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 5,
  PageUp: -5,
  Home: 'first',
  End: 'last',
};

const moving = () => useDrag.getState().mode === 'keyboard';

function onKeyDown(event: KeyboardEvent) {
  if (!moving()) return;
  const step = steps[event.key];
  if (step !== undefined) stepKeyboardMove(step);
  else if (event.key === 'Enter' || event.key === ' ') dropKeyboardMove();
  else if (event.key === 'Escape' || event.key === 'Tab') cancelKeyboardMove();
  else return;
  if (event.key !== 'Tab') event.preventDefault();
  event.stopPropagation();
}

function onPointerDown() {
  if (moving()) cancelKeyboardMove();
}

/**
 * While a keyboard move is under way, the keys drive it and nothing else: listened to on
 * the window, first, so that Ctrl+Z or a focused button do not act at the same time. The
 * listeners stay in place for the screen's life, so a key pressed right after picking up
 * is never missed.
 */
export function KeyboardMoveKeys() {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, []);
  return null;
}
