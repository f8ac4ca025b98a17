import type { Prototype } from '../domain/prototype/schema';

/**
 * Undo/redo as one timeline of immutable snapshots. Commands return new prototypes that
 * share every unchanged part with the previous one, so a snapshot costs only what the
 * command changed.
 */
export interface History {
  past: readonly HistoryStep[];
  future: readonly HistoryStep[];
  /** The last recorded step, so that a burst of the same command merges into it. */
  last?: { mergeKey: string; at: number };
}

/** One change on the timeline, seen from the side it is not on. */
export interface HistoryStep {
  /** The prototype before the change (in `past`), or after it (in `future`). */
  prototype: Prototype;
  /**
   * Set when the change was made in an editor that keeps its own undo (bpmn-js): while
   * that editor is open, it takes the change back itself (`src/state/liveUndo.ts`).
   */
  live?: object;
}

/** At least the 100 steps a workshop needs, with room to spare. */
export const HISTORY_LIMIT = 200;
/** Commands with the same merge key closer together than this form one undo step. */
export const MERGE_WINDOW_MS = 1000;

export const emptyHistory: History = { past: [], future: [] };

/**
 * Records that `before` was replaced by a command, merging bursts of the same command.
 * A live editor's change is never merged: the editor takes back exactly what it recorded.
 */
export function record(
  history: History,
  before: Prototype,
  mergeKey: string | undefined,
  at: number,
  live?: object,
): History {
  const last = mergeKey && !live ? { mergeKey, at } : undefined;
  const merges =
    last !== undefined &&
    history.last !== undefined &&
    history.last.mergeKey === mergeKey &&
    at - history.last.at < MERGE_WINDOW_MS &&
    history.future.length === 0;
  if (merges) return { ...history, last };
  const step: HistoryStep = live ? { prototype: before, live } : { prototype: before };
  return { past: [...history.past, step].slice(-HISTORY_LIMIT), future: [], last };
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

/** The result of one move along the timeline: the prototype to show, and the change crossed. */
export interface Move {
  prototype: Prototype;
  history: History;
  /** The live editor's record of the change taken back or replayed, if it made it. */
  live?: object;
}

/** Moves `step` to the other side of the timeline, keeping its live record with it. */
const crossed = (step: HistoryStep, current: Prototype): HistoryStep =>
  step.live ? { prototype: current, live: step.live } : { prototype: current };

export function undo(history: History, current: Prototype): Move | undefined {
  const previous = history.past.at(-1);
  if (!previous) return undefined;
  return {
    prototype: carryBookkeeping(previous.prototype, current),
    history: {
      past: history.past.slice(0, -1),
      future: [crossed(previous, current), ...history.future],
    },
    live: previous.live,
  };
}

export function redo(history: History, current: Prototype): Move | undefined {
  const next = history.future[0];
  if (!next) return undefined;
  return {
    prototype: carryBookkeeping(next.prototype, current),
    history: { past: [...history.past, crossed(next, current)], future: history.future.slice(1) },
    live: next.live,
  };
}
