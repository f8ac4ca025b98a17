import { canonicalJson } from '../bundle/hash';
import { CommandRefusedError, defineCommand } from '../commands';
import { prototypeContentSchema, type PrototypeContent } from '../prototype/schema';

/**
 * What restoring a version brings back: the design. The team and the workshops are the
 * record of how it was made, so restoring an early version keeps the notes of later
 * workshops.
 */
export const restoredKeys = [
  'name',
  'purpose',
  'form',
  'process',
  'tracking',
  'exceptions',
] as const;

/** Makes a version's design the current one; undoable like any command. */
export const restoreVersion = defineCommand(
  'restoreVersion',
  (prototype, { content }: { content: PrototypeContent }) => {
    // A version stored by an older release is checked before it replaces anything.
    const parsed = prototypeContentSchema.safeParse(content);
    if (!parsed.success) throw new CommandRefusedError('workshops:versions.restoreInvalid');
    const picked = Object.fromEntries(restoredKeys.map((key) => [key, parsed.data[key]]));
    const current = Object.fromEntries(restoredKeys.map((key) => [key, prototype[key]]));
    if (canonicalJson(picked) === canonicalJson(current)) return prototype;
    return { ...prototype, ...picked };
  },
);
