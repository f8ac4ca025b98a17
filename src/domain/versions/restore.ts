import { canonicalJson } from '../bundle/hash';
import { CommandRefusedError, defineCommand } from '../commands';
import { clearDanglingReferences } from '../prototype/danglingReferences';
import { prototypeContentSchema, type Prototype, type PrototypeContent } from '../prototype/schema';
import { steps } from '../steps/registry';

/**
 * What restoring a version brings back: the design, i.e. the keys of the steps the registry
 * marks as restored. The team and the workshops are the record of how it was made, so
 * restoring an early version keeps the notes of later workshops.
 */
export const restoredKeys = steps
  .filter((step) => step.restored)
  .flatMap((step) => step.contentKeys);

/**
 * What « Pour aller plus loin » holds (deployment, tests, launch, adoption): kept by default
 * (it records what happened after the approval), restored only when the person asks for it.
 */
export const goingFurtherKeys = steps
  .filter((step) => step.id === 'going-further')
  .flatMap((step) => step.contentKeys);

const keysOf = (withGoingFurther: boolean) =>
  withGoingFurther ? [...restoredKeys, ...goingFurtherKeys] : restoredKeys;

const designOf = (content: PrototypeContent, keys: readonly string[]) =>
  canonicalJson(
    Object.fromEntries(keys.map((key) => [key, content[key as keyof PrototypeContent]])),
  );

/**
 * Makes a version's design the current one; undoable like any command. The version's
 * exceptions meet today's team and workshops: who or what has gone since is cleared from
 * them, so no exception points at nothing. With `withGoingFurther`, the version's
 * « Pour aller plus loin » comes back too (none, when the version had none).
 */
export const restoreVersion = defineCommand(
  'restoreVersion',
  (
    prototype,
    {
      content,
      withGoingFurther = false,
    }: { content: PrototypeContent; withGoingFurther?: boolean },
  ) => {
    // A version stored by an older release is checked before it replaces anything.
    const parsed = prototypeContentSchema.safeParse(content);
    if (!parsed.success) throw new CommandRefusedError('workshops:versions.restoreInvalid');
    const keys = keysOf(withGoingFurther);
    const picked = Object.fromEntries(keys.map((key) => [key, parsed.data[key]]));
    const merged: Prototype = { ...prototype, ...picked };
    // A key the version did not have is absent, not present and undefined, as in a file.
    for (const key of keys) if (merged[key] === undefined) delete merged[key];
    const restored = clearDanglingReferences(merged).content;
    if (designOf(restored, keys) === designOf(prototype, keys)) return prototype;
    return restored;
  },
);
