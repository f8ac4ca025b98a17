// Evaluated first of all the app's code (main.tsx imports it first): what a page opened on
// a prototype's address needs is asked for before React and the rest of the app are run.
import { prefetchPrototype } from '../storage/prototypeRepository';
import { routeParam } from '../ui/links';
import { preload } from '../ui/useLoaded';
import { isScreenId, stepScreens } from './prototype/stepScreens';

export const loadPrototypeLayout = () => import('./prototype/PrototypeLayout');

/**
 * A page opened on a prototype's address (a reload, a link): the prototype's frame, the
 * step's screen and the prototype itself are fetched at once, from the first script,
 * rather than one after the other (frame, then data, then the step's code). Settles once
 * all three have arrived (or failed: whoever takes them reports it).
 */
function prefetchOpening(path: string): Promise<void> {
  const match = /^\/p\/([^/]+)(?:\/([^/]+))?/.exec(path);
  if (!match?.[1]) return Promise.resolve();
  const loads: Promise<unknown>[] = [preload(loadPrototypeLayout)];
  const step = match[2];
  if (isScreenId(step)) loads.push(preload(stepScreens[step]));
  loads.push(prefetchPrototype(routeParam(match[1])));
  return Promise.allSettled(loads).then(() => undefined);
}
/** What the page's address opens has arrived: the app can be drawn whole, in one frame. */
export const openingLoaded = prefetchOpening(window.location.pathname);
