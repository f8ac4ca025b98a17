import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import {
  emptyHistory,
  HISTORY_LIMIT,
  MERGE_WINDOW_MS,
  record,
  redo,
  undo,
} from '../../../src/state/history';

const base = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
const named = (name: string): Prototype => ({ ...base, name });

describe('history', () => {
  it('keeps at least 100 steps, and drops the oldest beyond its limit', () => {
    let history = emptyHistory;
    for (let step = 0; step < HISTORY_LIMIT + 10; step++)
      history = record(history, named(`v${step}`), undefined, step);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]?.prototype.name).toBe('v10');
  });

  it('merges the same command within the merge window, not after it', () => {
    let history = record(emptyHistory, named('a'), 'type:x', 0);
    history = record(history, named('ab'), 'type:x', MERGE_WINDOW_MS - 1);
    expect(history.past).toHaveLength(1);
    history = record(history, named('abc'), 'type:x', 2 * MERGE_WINDOW_MS + 10);
    expect(history.past).toHaveLength(2);
  });

  it('does not merge different commands', () => {
    const history = record(record(emptyHistory, named('a'), 'type:x', 0), named('b'), 'type:y', 1);
    expect(history.past).toHaveLength(2);
  });

  it('clears the redo list when a new change is recorded', () => {
    const history = record(emptyHistory, named('a'), undefined, 0);
    const undone = undo(history, named('b'));
    expect(undone?.history.future).toHaveLength(1);
    const after = record(undone!.history, named('a'), undefined, 5000);
    expect(after.future).toHaveLength(0);
  });

  it('keeps the current revision and dates when going back to an older content', () => {
    const current = { ...named('b'), revision: 9, updatedAt: '2026-11-23T10:00:00.000Z' };
    const undone = undo(
      record(emptyHistory, { ...named('a'), revision: 3 }, undefined, 0),
      current,
    );
    expect(undone?.prototype).toMatchObject({
      name: 'a',
      revision: 9,
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('never merges a live editor’s change, and keeps its record on both sides', () => {
    const live = {};
    let history = record(emptyHistory, named('a'), 'type:x', 0);
    history = record(history, named('b'), 'type:x', 1, live);
    expect(history.past).toHaveLength(2);
    const undone = undo(history, named('c'));
    expect(undone?.live).toBe(live);
    expect(undone?.history.future[0]).toEqual({ prototype: named('c'), live });
    const redone = redo(undone!.history, undone!.prototype);
    expect(redone?.live).toBe(live);
    expect(redone?.history.past.at(-1)?.live).toBe(live);
    expect(undo(redone!.history, redone!.prototype)?.live).toBe(live);
  });

  it('has nothing to undo or redo at the ends', () => {
    expect(undo(emptyHistory, base)).toBeUndefined();
    expect(redo(emptyHistory, base)).toBeUndefined();
  });
});
