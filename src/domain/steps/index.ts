import type { Prototype } from '../prototype/schema';
import type { StepId } from './ids';
import { steps } from './registry';

export { isStepId, stepIds, type StepId } from './ids';

/** Prototypes are immutable: each one's progress is worked out once. */
const progressOf = new WeakMap<Prototype, Readonly<Record<StepId, boolean>>>();

/**
 * Whether each step has what it needs, as the navigation and the catalogue show it. Asked
 * by the navigation on every change to the editor's state (a save's progress too), and
 * twice per render by React's store subscription.
 */
export function stepProgress(prototype: Prototype): Readonly<Record<StepId, boolean>> {
  let progress = progressOf.get(prototype);
  if (!progress) {
    progress = Object.fromEntries(
      steps.map((step) => [step.id, step.progress(prototype)]),
    ) as Record<StepId, boolean>;
    progressOf.set(prototype, progress);
  }
  return progress;
}

export function countDoneSteps(prototype: Prototype): number {
  return Object.values(stepProgress(prototype)).filter(Boolean).length;
}
