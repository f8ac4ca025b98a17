import { steps } from '../steps/registry';
import type { PrototypeContent } from './schema';

export const PROTOTYPE_NAME_MAX_LENGTH = 120;

/** Where a prototype stands in verification and approval. */
export const reviewStatuses = [
  'draft',
  'submitted',
  'changes-requested',
  'verified',
  'approved',
  'rejected',
] as const;

/**
 * The parts of a prototype that are its content (exported, hashed, signed): its id, then
 * each step's keys in step order.
 */
export const contentKeys: readonly (keyof PrototypeContent)[] = [
  'id',
  ...steps.flatMap((step) => step.contentKeys),
];

/** The content of a prototype, without this browser's bookkeeping. */
export function contentOf(prototype: PrototypeContent): PrototypeContent {
  return Object.fromEntries(
    contentKeys.filter((key) => prototype[key] !== undefined).map((key) => [key, prototype[key]]),
  ) as PrototypeContent;
}
