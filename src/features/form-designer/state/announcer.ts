import { create } from 'zustand';

/** What the designer's live region says next (keyboard moves and their outcome). */
export const useAnnouncer = create<{ message: string; serial: number }>()(() => ({
  message: '',
  serial: 0,
}));

export function announce(message: string): void {
  useAnnouncer.setState((state) => ({ message, serial: state.serial + 1 }));
}
