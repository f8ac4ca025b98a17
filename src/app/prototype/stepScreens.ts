import type { ComponentType } from 'react';
import { isStepId, type StepId } from '../../domain/steps';

type ScreenModule = { default: ComponentType };

/** The try-out is a screen of the prototype beside the steps, not a step of its own. */
export type ScreenId = StepId | 'try-out';

export function isScreenId(value: string | undefined): value is ScreenId {
  return value === 'try-out' || isStepId(value);
}

/**
 * How to load the screen of each step and of the try-out: on first opening, so that the catalogue's first
 * load stays small. Each loader is a stable function, as `useLoaded` requires.
 */
export const stepScreens: Record<ScreenId, () => Promise<ScreenModule>> = {
  purpose: () => import('../../features/purpose/PurposeScreen'),
  form: () => import('../../features/form-designer/FormDesignerScreen'),
  process: () => import('../../features/process/ProcessScreen'),
  tracking: () => import('../../features/tracking/TrackingScreen'),
  exceptions: () => import('../../features/exceptions/ExceptionsScreen'),
  workshops: () => import('../../features/workshops/WorkshopsScreen'),
  review: () => import('../../features/review/ReviewScreen'),
  'try-out': () => import('../../features/try-out/TryoutScreen'),
};
