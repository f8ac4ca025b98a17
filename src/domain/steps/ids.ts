/**
 * The steps of a prototype, in the order the workshops follow them (DESIGN.md). A leaf
 * module: the schemas that name a step (an exception's step, a review comment's) read it
 * without loading the registry, which reads those schemas' modules.
 */
export const stepIds = [
  'purpose',
  'frame',
  'form',
  'process',
  'tracking',
  'exceptions',
  'workshops',
  'review',
  'going-further',
] as const;

export type StepId = (typeof stepIds)[number];

export function isStepId(value: string | undefined): value is StepId {
  return (stepIds as readonly string[]).includes(value ?? '');
}
