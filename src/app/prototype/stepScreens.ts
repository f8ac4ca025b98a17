import { lazy, type ComponentType } from 'react';
import type { StepId } from '../../domain/steps';

/**
 * The screen of each step, loaded when the step is first opened so that the catalogue's
 * first load stays small. A step without a screen says plainly that it is not built yet.
 */
export const stepScreens: Partial<Record<StepId, ComponentType>> = {
  purpose: lazy(() => import('../../features/purpose/PurposeScreen')),
  form: lazy(() => import('../../features/form-designer/FormDesignerScreen')),
  exceptions: lazy(() => import('../../features/exceptions/ExceptionsScreen')),
  workshops: lazy(() => import('../../features/workshops/WorkshopsScreen')),
  process: lazy(() => import('../../features/process/ProcessScreen')),
  tracking: lazy(() => import('../../features/tracking/TrackingScreen')),
  review: lazy(() => import('../../features/review/ReviewScreen')),
};
