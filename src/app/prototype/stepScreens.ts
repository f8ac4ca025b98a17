import type { ComponentType } from 'react';
import { isStepId, stepIds, type StepId } from '../../domain/steps';
import { stepUi } from '../steps';

type ScreenModule = { default: ComponentType };

/** The try-out is a screen of the prototype beside the steps, not a step of its own. */
export type ScreenId = StepId | 'try-out';

export function isScreenId(value: string | undefined): value is ScreenId {
  return value === 'try-out' || isStepId(value);
}

/**
 * How to load the screen of each step (from the step registry) and of the try-out: on
 * first opening, so that the catalogue's first load stays small.
 */
export const stepScreens = {
  ...(Object.fromEntries(stepIds.map((id) => [id, stepUi[id].screen])) as Record<
    StepId,
    () => Promise<ScreenModule>
  >),
  'try-out': () => import('../../features/try-out/TryoutScreen'),
} satisfies Record<ScreenId, () => Promise<ScreenModule>>;
