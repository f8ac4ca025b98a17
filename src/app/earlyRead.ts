import { readRowEarly, type EarlyRead } from '../storage/earlyRow';
import { openedAddress } from './openedAddress';

/** The read the page's first script started: the prototype its address opens, and its row. */
export interface EarlyReadStarted {
  id: string;
  read: Promise<EarlyRead | undefined>;
}

declare global {
  interface Window {
    /** Set by the page's first script (`earlyReadScript.ts`), before the app's code. */
    fabrikEarlyRead?: EarlyReadStarted;
  }
}

/** Starts reading the row of the prototype `path` opens; undefined for any other address. */
export function startEarlyRead(
  path: string,
  factory: IDBFactory | undefined,
): EarlyReadStarted | undefined {
  const opened = openedAddress(path);
  return opened && { id: opened.id, read: readRowEarly(factory, opened.id) };
}
