import type { ProcessElement, ProcessFlow, ProcessGraph } from '../process/graph';
import { canStillReach, isInclusive } from './inclusiveJoin';
import { arriveAtJoin, type StoredJoinArrival } from './join';
import type { RunLogEntry, RunToken, TryoutRun } from './types';

/** Automatic moves one action may cause before the process is deemed to loop forever. */
export const MAX_AUTOMATIC_MOVES = 10_000;

/** The graph looked up by id, built once per call. */
export interface GraphIndex {
  byId: ReadonlyMap<string, ProcessElement>;
  outgoing: ReadonlyMap<string, ProcessFlow[]>;
  /** Element id -> ids of the flows that lead to it. */
  incoming: ReadonlyMap<string, string[]>;
  /** Task id -> ids of the boundary events attached to it. */
  boundaries: ReadonlyMap<string, string[]>;
}

export function indexGraph(graph: ProcessGraph): GraphIndex {
  const outgoing = new Map<string, ProcessFlow[]>();
  const incoming = new Map<string, string[]>();
  for (const flow of graph.flows) {
    outgoing.set(flow.sourceId, [...(outgoing.get(flow.sourceId) ?? []), flow]);
    incoming.set(flow.targetId, [...(incoming.get(flow.targetId) ?? []), flow.id]);
  }
  const boundaries = new Map<string, string[]>();
  for (const { id, attachedToId } of graph.elements) {
    if (attachedToId) boundaries.set(attachedToId, [...(boundaries.get(attachedToId) ?? []), id]);
  }
  return { byId: new Map(graph.elements.map((e) => [e.id, e])), outgoing, incoming, boundaries };
}

const isParallel = (element: ProcessElement) => element.type === 'bpmn:ParallelGateway';

/** A gateway on which a token waits for someone to choose the way on. */
export const isChoice = (element: ProcessElement) =>
  element.kind === 'gateway' && !isParallel(element);

/** A token reaching an element, not yet handled. */
export interface Arrival {
  elementId: string;
  day: number;
  /** The flow the token came through, if any: a parallel join waits for each of its own. */
  flowId?: string;
  /** Kept when the token moves along a single flow; a new one is made otherwise. */
  tokenId?: string;
  /** The catch event has already happened (chosen at an event-based gateway): no wait. */
  happened?: boolean;
  /** The token is let on by the inclusive join it waited at: it goes past it. */
  merged?: boolean;
}

/** A token leaving an element along its outgoing flows. */
export interface Departure {
  element: ProcessElement;
  day: number;
  tokenId?: string;
}

/** One element reached by a move, and the flow that led there (none for a start or a boundary event). */
export interface TraceStep {
  elementId: string;
  flowId?: string;
}

/**
 * Told every element a move reached, once the move is applied (never for a move refused
 * as a loop): what coverage reads to know which ways a scenario took. Nothing is stored.
 */
export type TraceObserver = (step: TraceStep) => void;

/**
 * Applies one move to `run`: the token `removedTokenId` (if any) leaves, `log` is added,
 * then the departures and arrivals are followed until every token waits for a person or
 * is consumed. New waiting tokens take the removed token's place in the list, so the
 * order of the others stays put. When the automatic moves never settle, the move is not
 * applied and `run` comes back with problem 'loop'. Never mutates `run`.
 */
export function applyMove(
  index: GraphIndex,
  run: TryoutRun,
  move: {
    removedTokenId?: string;
    log?: RunLogEntry[];
    departures?: Departure[];
    arrivals?: Arrival[];
  },
  observe?: TraceObserver,
): TryoutRun {
  const joins = new Map<string, StoredJoinArrival[]>(Object.entries(run.joins));
  const stops = [...run.stops];
  const log = [...run.log, ...(move.log ?? [])];
  const waiting: RunToken[] = [];
  let nextTokenId = run.nextTokenId;
  const newTokenId = () => `token-${nextTokenId++}`;
  const queue: Arrival[] = [...(move.arrivals ?? [])];
  const trace: TraceStep[] = [];

  const leave = ({ element, day, tokenId }: Departure) => {
    const flows = index.outgoing.get(element.id) ?? [];
    if (flows.length === 0) log.push({ kind: 'stuck', elementId: element.id, day });
    // Several flows out of one element: BPMN puts a token on each (implicit parallel split).
    const keepId = flows.length === 1 ? tokenId : undefined;
    for (const flow of flows) {
      queue.push({ elementId: flow.targetId, day, flowId: flow.id, tokenId: keepId });
    }
  };

  const arrive = ({ elementId, day, flowId, tokenId, happened, merged }: Arrival) => {
    if (!merged) trace.push(flowId === undefined ? { elementId } : { elementId, flowId });
    const element = index.byId.get(elementId);
    if (!element) {
      log.push({ kind: 'stuck', elementId, day });
      return;
    }
    const incoming = index.incoming.get(element.id) ?? [];
    if (isParallel(element) && incoming.length > 1) {
      const join = arriveAtJoin(joins.get(element.id) ?? [], incoming, { flowId, day });
      if (join.waiting.length > 0) joins.set(element.id, join.waiting);
      else joins.delete(element.id);
      if (join.releasedDay === undefined) return;
      // Every branch is in: the request goes on from the latest one, as a new token.
      day = join.releasedDay;
      tokenId = undefined;
    }
    if (isInclusive(element) && incoming.length > 1 && !merged) {
      // It waits there until nothing else can come: see `releaseInclusiveJoin`.
      joins.set(element.id, [...(joins.get(element.id) ?? []), { flowId, day }]);
      return;
    }
    if (element.statusId && element.statusId !== stops.at(-1)?.statusId) {
      stops.push({ statusId: element.statusId, dayOffset: day, elementId: element.id });
    }
    if (element.kind === 'end') {
      log.push({ kind: 'ended', elementId: element.id, day });
      return;
    }
    const waits =
      element.kind === 'task' ||
      (element.type === 'bpmn:IntermediateCatchEvent' && !happened) ||
      (isChoice(element) && (index.outgoing.get(element.id)?.length ?? 0) > 1);
    if (waits) {
      waiting.push({ id: tokenId ?? newTokenId(), elementId: element.id, day });
      return;
    }
    // A boundary event's delay was counted when it was triggered.
    const delay = element.attachedToId ? 0 : (element.delayDays ?? 0);
    leave({ element, day: day + delay, tokenId });
  };

  const kept = run.tokens.filter((token) => token.id !== move.removedTokenId);
  /**
   * Lets on the tokens of one inclusive join that no other token can still reach, as one
   * token from the latest of them; false when every such join must go on waiting.
   */
  const releaseInclusiveJoin = () => {
    for (const [joinId, arrivals] of joins) {
      const join = index.byId.get(joinId);
      if (!join || !isInclusive(join) || arrivals.length === 0) continue;
      const elsewhere = [
        ...kept.map((token) => token.elementId),
        ...waiting.map((token) => token.elementId),
        ...[...joins].filter(([id, at]) => id !== joinId && at.length > 0).map(([id]) => id),
      ];
      if (canStillReach(index.outgoing, index.boundaries, elsewhere, joinId)) continue;
      joins.delete(joinId);
      const day = Math.max(...arrivals.map((each) => (typeof each === 'number' ? each : each.day)));
      queue.push({ elementId: joinId, day, merged: true });
      return true;
    }
    return false;
  };

  for (const departure of move.departures ?? []) leave(departure);
  // Breadth first, so that parallel branches move in step; `queue` only grows. Once the
  // tokens settle, an inclusive join nothing else can reach lets its own on, and so on.
  let moves = 0;
  do {
    for (; moves < queue.length; moves++) {
      if (moves >= MAX_AUTOMATIC_MOVES) return { ...run, problem: 'loop' };
      arrive(queue[moves] as Arrival);
    }
  } while (releaseInclusiveJoin());

  if (observe) trace.forEach(observe);
  const position = run.tokens.findIndex((token) => token.id === move.removedTokenId);
  const at = position >= 0 ? position : kept.length;
  return {
    tokens: [...kept.slice(0, at), ...waiting, ...kept.slice(at)],
    joins: Object.fromEntries(joins),
    stops,
    log,
    nextTokenId,
  };
}
