import type { ComponentType } from 'react';
import type { StepId } from '../../domain/steps';

type ScreenModule = { default: ComponentType };

/**
 * How to load the screen of each step: on first opening, so that the catalogue's first
 * load stays small. Each loader is a stable function, as `useLoaded` requires.
 */
export const stepScreens: Record<StepId, () => Promise<ScreenModule>> = {
  purpose: () => import('../../features/purpose/PurposeScreen'),
  form: () => import('../../features/form-designer/FormDesignerScreen'),
  process: () => import('../../features/process/ProcessScreen'),
  tracking: () => import('../../features/tracking/TrackingScreen'),
  exceptions: () => import('../../features/exceptions/ExceptionsScreen'),
  workshops: () => import('../../features/workshops/WorkshopsScreen'),
  review: () => import('../../features/review/ReviewScreen'),
};
