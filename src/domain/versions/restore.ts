import { canonicalJson } from '../bundle/hash';
import { CommandRefusedError, defineCommand } from '../commands';
import { clearDanglingReferences } from '../prototype/danglingReferences';
import { prototypeContentSchema, type PrototypeContent } from '../prototype/schema';
import { steps } from '../steps/registry';

/**
 * What restoring a version brings back: the design, i.e. the keys of the steps the registry
 * marks as restored. The team and the workshops are the record of how it was made, so
 * restoring an early version keeps the notes of later workshops.
 */
export const restoredKeys = steps
  .filter((step) => step.restored)
  .flatMap((step) => step.contentKeys);

const designOf = (content: PrototypeContent) =>
  canonicalJson(Object.fromEntries(restoredKeys.map((key) => [key, content[key]])));

/**
 * Makes a version's design the current one; undoable like any command. The version's
 * exceptions meet today's team and workshops: who or what has gone since is cleared from
 * them, so no exception points at nothing.
 */
export const restoreVersion = defineCommand(
  'restoreVersion',
  (prototype, { content }: { content: PrototypeContent }) => {
    // A version stored by an older release is checked before it replaces anything.
    const parsed = prototypeContentSchema.safeParse(content);
    if (!parsed.success) throw new CommandRefusedError('workshops:versions.restoreInvalid');
    const picked = Object.fromEntries(restoredKeys.map((key) => [key, parsed.data[key]]));
    const restored = clearDanglingReferences({ ...prototype, ...picked }).content;
    if (designOf(restored) === designOf(prototype)) return prototype;
    return restored;
  },
);
