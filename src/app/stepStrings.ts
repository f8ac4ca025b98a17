import { registerStepStrings } from '../state/stepStrings';

// The review lists every step's readiness messages; each step's strings load with its
// screen, so the app tells the review how to load them without opening every step.
registerStepStrings(
  () => import('../features/purpose/i18n'),
  () => import('../features/process/i18n'),
  () => import('../features/tracking/i18n'),
  () => import('../features/exceptions/i18n'),
  () => import('../features/workshops/i18n'),
);
