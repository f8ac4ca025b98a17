import type { Prototype } from './prototype/schema';

/**
 * A named change to a prototype: a pure function from one prototype to the next.
 * The store applies commands and records them for undo; nothing else edits a prototype.
 */
export interface Command {
  /** Stable name of the command, e.g. "setPurposeItem". */
  readonly name: string;
  /**
   * Commands with the same merge key arriving in a quick burst (typing in one box,
   * a drag) are merged into one undo step.
   */
  readonly mergeKey?: string;
  /** Returns the changed prototype, or the same object when nothing changes. */
  apply(prototype: Prototype): Prototype;
}

/**
 * Thrown by a command that would break an invariant (a duplicate key, a reference to
 * nothing). `reason` is an i18n key the UI shows; nothing is changed.
 */
export class CommandRefusedError extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = 'CommandRefusedError';
  }
}

export function defineCommand<Args>(
  name: string,
  apply: (prototype: Prototype, args: Args) => Prototype,
  mergeKeyOf?: (args: Args) => string,
): (args: Args) => Command {
  return (args) => ({
    name,
    mergeKey: mergeKeyOf ? `${name}:${mergeKeyOf(args)}` : undefined,
    apply: (prototype) => apply(prototype, args),
  });
}
