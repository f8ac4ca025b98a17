import type { ProcessElement } from '../process/graph';
import type { StoredJoinArrival } from './join';
import type { StatusStop } from '../tracking/timeline';

/** Where the request waits for someone to act: on a task, a catch event or a choice. */
export interface RunToken {
  /** Stable while the token moves along single flows; new after a split or a join. */
  id: string;
  /** The process element the token sits on. */
  elementId: string;
  /** Working days since submission when it arrived. */
  day: number;
}

/** What happened during the try-out, in order. */
export type RunLogEntry =
  /** A task was completed or a catch event happened. */
  | { kind: 'done'; elementId: string; day: number }
  /** A gateway's way on was chosen. */
  | {
      kind: 'chosen';
      elementId: string;
      flowId: string;
      day: number;
      /** At an inclusive gateway, the other ways taken along with `flowId`. */
      alsoFlowIds?: string[];
    }
  /**
   * A boundary event of a task happened: it interrupted the task, or, when `interrupting`
   * is false, started a way of its own while the task goes on.
   */
  | {
      kind: 'triggered';
      elementId: string;
      boundaryId: string;
      day: number;
      interrupting?: false;
    }
  /** An end event was reached. */
  | { kind: 'ended'; elementId: string; day: number }
  /** A token reached an element that is not an end event and has no way on. */
  | { kind: 'stuck'; elementId: string; day: number };

/** A try-out of the process, as plain JSON so that it can be stored as it is. */
export interface TryoutRun {
  /** Where the request waits for someone to act. */
  tokens: RunToken[];
  /**
   * Parallel join id -> the tokens waiting there: the flow each came through and its day
   * (a bare day in runs stored before the flows were tracked).
   */
  joins: Record<string, StoredJoinArrival[]>;
  /** Statuses set so far, in the order they were set (for the tracking page). */
  stops: StatusStop[];
  /** What happened so far, oldest first. */
  log: RunLogEntry[];
  /** Number used for the next token's id. */
  nextTokenId: number;
  /**
   * Why the run cannot go on: nothing to start from, or the last move's automatic steps
   * never settled (that move was then not applied).
   */
  problem?: 'no-start' | 'loop';
}

/** Something a person can do now to move the request on. */
export type PendingAction =
  /** Complete a task or say a catch event happened, or trigger one of its boundaries. */
  | { kind: 'complete'; token: RunToken; element: ProcessElement; boundaries: ProcessElement[] }
  /** Choose which way a gateway goes. */
  | {
      kind: 'choose';
      token: RunToken;
      element: ProcessElement;
      options: { flowId: string; label: string; targetId: string }[];
      /** An inclusive gateway: several ways may be taken at once (`chooseFlows`). */
      several?: true;
    };
