import type { Prototype } from '../prototype/schema';
import { launchChecklists } from './launch/lists';

/** The step is done when the service is open to all: every item of the open phase is done. */
export function isGoingFurtherDone(prototype: Prototype): boolean {
  const open = prototype.goingFurther?.launch?.open;
  return open !== undefined && launchChecklists.open.every((item) => open[item]?.done === true);
}
