import { expect } from 'vitest';
import type { Command } from '../../../src/domain/commands';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { emptyHistory, record, redo, undo } from '../../../src/state/history';

/**
 * Applies a command (given → when), then checks that undo through the history gives back
 * the prototype before it and redo the one after it. Returns the prototype after.
 */
export function doUndoRedo(before: Prototype, command: Command): Prototype {
  const after = command.apply(before);
  expect(after).not.toBe(before);
  const history = record(emptyHistory, before, command.mergeKey, 0);
  const undone = undo(history, after);
  expect(undone?.prototype).toEqual(before);
  const redone = undone && redo(undone.history, undone.prototype);
  expect(redone?.prototype).toEqual(after);
  return after;
}
