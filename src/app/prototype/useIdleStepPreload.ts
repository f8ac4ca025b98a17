import { useEffect } from 'react';
import { loadPatternEngines } from '../../domain/form/patternEngines';
import { preload } from '../../ui/useLoaded';
import { whenIdle } from '../../ui/whenIdle';
import { stepScreens } from './stepScreens';

/**
 * Once the prototype is shown, the Processing step's code (its screen and bpmn-js) loads
 * as soon as the page is idle: a click on the step then renders it at once and starts
 * drawing the diagram right after, instead of fetching and running that code first. From
 * a click, a 1 000-element diagram took 1.3× as long as in bare bpmn-js, most of the
 * difference in that wait. The other steps' screens are small enough to load on their click.
 * The pattern engines load then too (a prototype holding no pattern is shown without
 * them): a pattern typed or received later is checked at once.
 */
export function useIdleStepPreload(shown: boolean): void {
  useEffect(() => {
    if (!shown) return;
    return whenIdle(() => {
      // A failure is met again, and shown, by whatever needs them.
      loadPatternEngines().catch(() => undefined);
      void preload(stepScreens.process);
    });
  }, [shown]);
}
