import { newId } from '../domain/ids';

/** This tab, as the journal it writes names it. */
export const thisTab = newId();

const lockName = (tab: string) => `fabrik:tab:${tab}`;
const hasLocks = () => typeof navigator !== 'undefined' && 'locks' in navigator;
let held = false;

/**
 * Holds a lock named after this tab for as long as it lives: the browser lets it go when
 * the tab closes, crashes or is killed, which tells other tabs its journal is left over.
 */
export function holdTabLock(): void {
  if (held || !hasLocks()) return;
  held = true;
  navigator.locks
    .request(lockName(thisTab), () => new Promise<never>(() => undefined))
    .catch(() => undefined);
}

/**
 * Whether the tab that wrote a journal is still open elsewhere: its changes are then on
 * their way to storage, and are not another tab's to replay.
 */
export async function isOtherTabOpen(tab: string | undefined): Promise<boolean> {
  if (tab === undefined || tab === thisTab || !hasLocks()) return false;
  try {
    const { held: locks = [] } = await navigator.locks.query();
    return locks.some((lock) => lock.name === lockName(tab));
  } catch {
    return false;
  }
}
