import { create } from 'zustand';
import type { Prototype } from '../domain/prototype/schema';
import { clearJournal } from '../storage/journal';

/**
 * Changes a closed tab left behind that can no longer be replayed, because the stored
 * prototype moved on since (another tab saved over it). They are never thrown away
 * silently: the screen offers them for download until the user decides.
 */
export const useUnsavedCopy = create<{ copy?: Prototype }>()(() => ({}));

export function offerUnsavedCopy(copy: Prototype): void {
  useUnsavedCopy.setState({ copy });
}

/** The user downloaded the copy, or chose to let it go: its journal can go too. */
export function settleUnsavedCopy(): void {
  const { copy } = useUnsavedCopy.getState();
  if (copy) clearJournal(copy.id);
  useUnsavedCopy.setState({ copy: undefined });
}

/** Leaving the prototype: the copy stays in its journal and is offered again next time. */
export function forgetUnsavedCopy(): void {
  useUnsavedCopy.setState({ copy: undefined });
}
