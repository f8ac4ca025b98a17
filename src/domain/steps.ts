import type { Prototype } from './prototype/schema';
import { isPurposeComplete } from './purpose/progress';
import { isFormStarted } from './form/progress';
import { isProcessStarted } from './process/progress';
import { isTrackingStarted } from './tracking/progress';
import { isExceptionsStepDone } from './exceptions/progress';
import { isWorkshopsStepDone } from './workshops/progress';

/** The steps of a prototype, in the order the workshops follow them (DESIGN.md). */
export const stepIds = [
  'purpose',
  'form',
  'process',
  'tracking',
  'exceptions',
  'workshops',
  'review',
] as const;

export type StepId = (typeof stepIds)[number];

export function isStepId(value: string | undefined): value is StepId {
  return (stepIds as readonly string[]).includes(value ?? '');
}

/** Whether each step has what it needs, as the catalogue shows it. */
export function stepProgress(prototype: Prototype): Record<StepId, boolean> {
  return {
    purpose: isPurposeComplete(prototype.purpose),
    form: isFormStarted(prototype.form),
    process: isProcessStarted(prototype.process),
    tracking: isTrackingStarted(prototype),
    exceptions: isExceptionsStepDone(prototype.exceptions),
    workshops: isWorkshopsStepDone(prototype.workshops),
    review: prototype.status === 'approved',
  };
}

export function countDoneSteps(prototype: Prototype): number {
  return Object.values(stepProgress(prototype)).filter(Boolean).length;
}
