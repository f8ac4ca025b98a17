import type { Prototype } from '../domain/prototype/schema';

/**
 * Undo/redo as immutable snapshots. Commands return new prototypes that share every
 * unchanged part with the previous one, so a snapshot costs only what the command changed.
 */
export interface History {
  past: readonly Prototype[];
  future: readonly Prototype[];
  /** The last recorded step, so that a burst of the same command merges into it. */
  last?: { mergeKey: string; at: number };
}

/** At least the 100 steps a workshop needs, with room to spare. */
export const HISTORY_LIMIT = 200;
/** Commands with the same merge key closer together than this form one undo step. */
export const MERGE_WINDOW_MS = 1000;

export const emptyHistory: History = { past: [], future: [] };

/** Records that `before` was replaced by a command, merging bursts of the same command. */
export function record(
  history: History,
  before: Prototype,
  mergeKey: string | undefined,
  at: number,
): History {
  const last = mergeKey ? { mergeKey, at } : undefined;
  const merges =
    mergeKey !== undefined &&
    history.last?.mergeKey === mergeKey &&
    at - history.last.at < MERGE_WINDOW_MS &&
    history.future.length === 0;
  if (merges) return { ...history, last };
  return { past: [...history.past, before].slice(-HISTORY_LIMIT), future: [], last };
}

/** Keeps this browser's bookkeeping (revision, dates) when returning to an older content. */
function carryBookkeeping(target: Prototype, current: Prototype): Prototype {
  return {
    ...target,
    revision: current.revision,
    updatedAt: current.updatedAt,
    status: current.status,
  };
}

export function undo(history: History, current: Prototype) {
  const previous = history.past.at(-1);
  if (!previous) return undefined;
  return {
    prototype: carryBookkeeping(previous, current),
    history: { past: history.past.slice(0, -1), future: [current, ...history.future] },
  };
}

export function redo(history: History, current: Prototype) {
  const next = history.future[0];
  if (!next) return undefined;
  return {
    prototype: carryBookkeeping(next, current),
    history: { past: [...history.past, current], future: history.future.slice(1) },
  };
}
