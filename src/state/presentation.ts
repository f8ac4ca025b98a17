import { create } from 'zustand';

const storageKey = 'fabrik:presentation';

function stored(): boolean {
  try {
    return localStorage.getItem(storageKey) === 'on';
  } catch {
    return false;
  }
}

/**
 * Presentation mode for the projector: large text, no clutter, the current step full
 * screen. Per browser (the projector's laptop keeps it across reloads), never exported.
 */
export const usePresentation = create<{ on: boolean }>()(() => ({ on: stored() }));

export function setPresentation(on: boolean): void {
  try {
    localStorage.setItem(storageKey, on ? 'on' : 'off');
  } catch {
    // Then it lasts until the tab closes.
  }
  usePresentation.setState({ on });
}
