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

/** The parts of a prototype that are its content (exported, hashed, signed). */
export const contentKeys = [
  'id',
  'name',
  'purpose',
  'form',
  'process',
  'tracking',
  'exceptions',
  'workshops',
  'team',
  'workshopComments',
] as const satisfies readonly (keyof PrototypeContent)[];

/** The content of a prototype, without this browser's bookkeeping. */
export function contentOf(prototype: PrototypeContent): PrototypeContent {
  return Object.fromEntries(
    contentKeys.filter((key) => prototype[key] !== undefined).map((key) => [key, prototype[key]]),
  ) as PrototypeContent;
}
