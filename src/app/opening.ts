// Evaluated first of all the app's code (main.tsx imports it first): what a page opened on
// a prototype's address needs is asked for before React and the rest of the app are run.
import { prefetchPrototype } from '../storage/prototypeRepository';
import { preload } from '../ui/useLoaded';
import { openedAddress } from './openedAddress';
import { isScreenId, stepScreens } from './prototype/stepScreens';

export const loadPrototypeLayout = () => import('./prototype/PrototypeLayout');
const loadSession = () => import('../state/session');

/**
 * A page opened on a prototype's address (a reload, a link): the prototype's frame, the
 * step's screen and the prototype itself are fetched at once, from the first script,
 * rather than one after the other (frame, then data, then the step's code). Settles once
 * all three have arrived and the prototype is open (or they failed: whoever takes them
 * reports it; a prototype that cannot be opened says so on screen).
 */
function prefetchOpening(path: string): Promise<void> {
  const opened = openedAddress(path);
  if (!opened) return Promise.resolve();
  const loads: Promise<unknown>[] = [preload(loadPrototypeLayout)];
  if (isScreenId(opened.step)) loads.push(preload(stepScreens[opened.step]));
  // The row the page's first script started reading (earlyReadScript.ts); where it did not
  // (the dev server, a script that failed), Dexie reads it.
  const early = window.fabrikEarlyRead;
  const read = prefetchPrototype(opened.id, early?.id === opened.id ? early.read : undefined);
  // Opened for editing as soon as its row is there: the app's first render then draws the
  // step at once, rather than its frame first, then again once the layout's effect has
  // opened it (that effect then finds it open).
  loads.push(
    Promise.all([loadSession(), read]).then(([{ openPrototype }]) => openPrototype(opened.id)),
  );
  return Promise.allSettled(loads).then(() => undefined);
}
/** What the page's address opens has arrived: the app can be drawn whole, in one frame. */
export const openingLoaded = prefetchOpening(window.location.pathname);
