import { useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';

/**
 * Keys with which a closed select changes its value without being opened (Chromium and
 * Firefox on Linux and Windows). Browsing the options that way must not act on each one.
 */
const browsingKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

function browsesWith(event: KeyboardEvent<HTMLSelectElement>): boolean {
  if (event.altKey) return false; // Alt+Down opens the list: the choice made in it is confirmed.
  if (browsingKeys.has(event.key)) return true;
  // Typing a letter on a closed select jumps to the option that starts with it.
  return event.key.length === 1 && event.key !== ' ';
}

/**
 * A select that acts on a confirmed choice only: an option picked with the mouse or in the
 * opened list, or one reached with the arrow keys and confirmed with Enter. While the
 * keyboard browses a closed select, the option shown is only pending.
 * On leaving the select, a pending option is kept (`onLeave: 'confirm'`, as a form field
 * would) or dropped (`onLeave: 'drop'`, for a choice that is an action).
 */
export function useConfirmedChoice(
  onConfirm: (value: string, how: 'chosen' | 'left') => void,
  { onLeave }: { onLeave: 'confirm' | 'drop' },
) {
  const [pending, setPending] = useState<string>();
  const browsing = useRef(false);
  const confirm = (value: string, how: 'chosen' | 'left' = 'chosen') => {
    setPending(undefined);
    onConfirm(value, how);
  };
  return {
    pending,
    selectProps: {
      onKeyDown(event: KeyboardEvent<HTMLSelectElement>) {
        if (event.key === 'Enter' && pending !== undefined) {
          event.preventDefault();
          confirm(pending);
          return;
        }
        browsing.current = browsesWith(event);
      },
      onPointerDown() {
        browsing.current = false;
      },
      onChange(event: ChangeEvent<HTMLSelectElement>) {
        if (browsing.current) setPending(event.target.value);
        else confirm(event.target.value);
      },
      onBlur() {
        browsing.current = false;
        if (pending === undefined) return;
        if (onLeave === 'confirm') confirm(pending, 'left');
        else setPending(undefined);
      },
    },
  };
}
