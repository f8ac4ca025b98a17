import { defineCommand } from '../commands';
import type { PurposeItem } from './schema';

/** Sets one purpose item; a burst of typing in the same item is one undo step. */
export const setPurposeItem = defineCommand(
  'setPurposeItem',
  (prototype, { item, value }: { item: PurposeItem; value: string }) =>
    prototype.purpose[item] === value
      ? prototype
      : { ...prototype, purpose: { ...prototype.purpose, [item]: value } },
  ({ item }) => item,
);
