/**
 * Whether the person last used the keyboard (rather than a pointer). A heading focused by
 * the app after a step change shows its focus ring only then: on the projector, a ring
 * after each click is noise, while a keyboard user needs to see where they are.
 */
let lastByKeyboard = false;
let listening = false;

function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('keydown', () => (lastByKeyboard = true), true);
  window.addEventListener('pointerdown', () => (lastByKeyboard = false), true);
}

export function lastInteractionWasKeyboard(): boolean {
  listen();
  return lastByKeyboard;
}

/** Focuses an element the app moved the focus to, with a ring only after keyboard use. */
export function focusQuietly(element: HTMLElement): void {
  element.dataset.focusRing = lastInteractionWasKeyboard() ? 'on' : 'off';
  element.addEventListener('blur', () => delete element.dataset.focusRing, { once: true });
  element.focus({ preventScroll: true });
}

listen();
