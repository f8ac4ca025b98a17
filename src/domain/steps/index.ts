import type { Prototype } from '../prototype/schema';
import type { StepId } from './ids';
import { steps } from './registry';

export { isStepId, stepIds, type StepId } from './ids';

/** Whether each step has what it needs, as the navigation and the catalogue show it. */
export function stepProgress(prototype: Prototype): Record<StepId, boolean> {
  return Object.fromEntries(steps.map((step) => [step.id, step.progress(prototype)])) as Record<
    StepId,
    boolean
  >;
}

export function countDoneSteps(prototype: Prototype): number {
  return Object.values(stepProgress(prototype)).filter(Boolean).length;
}
