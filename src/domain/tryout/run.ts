/**
 * The try-out's walk through the process: a request is submitted, then the agents act on
 * it step by step, and the statuses it reaches build the requester's tracking page. BPMN
 * token flow, simplified for workshops. Every function is pure and returns a new run;
 * an action that does not apply (unknown token, element, flow or boundary, e.g. after
 * the diagram was edited) returns the very `run` it was given.
 */
import type { ProcessFlow, ProcessGraph } from '../process/graph';
import { processRoots, startEvents } from '../process/paths';
import { type Arrival, applyMove, indexGraph, isChoice, type TraceObserver } from './advance';
import { isInclusive } from './inclusiveJoin';
import type { PendingAction, TryoutRun } from './types';

export type { PendingAction, RunLogEntry, RunToken, TryoutRun } from './types';
export type { JoinArrival, StoredJoinArrival } from './join';
export { MAX_AUTOMATIC_MOVES, type TraceObserver, type TraceStep } from './advance';

const emptyRun = (): TryoutRun => ({ tokens: [], joins: {}, stops: [], log: [], nextTokenId: 1 });

/**
 * Submits the request at day 0, moved on until someone has to act. Several start events
 * are alternatives: the request starts at `startId`, or at the first when that is not one
 * of them. A process without start events starts at once from every element nothing
 * leads to (`processRoots`).
 */
export function startRun(
  graph: ProcessGraph,
  startId?: string,
  observe?: TraceObserver,
): TryoutRun {
  const starts = startEvents(graph);
  const chosen = starts.find((start) => start.id === startId) ?? starts[0];
  const roots = chosen ? [chosen] : processRoots(graph);
  if (roots.length === 0) return { ...emptyRun(), problem: 'no-start' };
  const arrivals: Arrival[] = roots.map((root) => ({ elementId: root.id, day: 0 }));
  return applyMove(indexGraph(graph), emptyRun(), { arrivals }, observe);
}

/** What people can do now, one action per waiting token whose element still exists. */
export function pendingActions(graph: ProcessGraph, run: TryoutRun): PendingAction[] {
  const index = indexGraph(graph);
  const actions: PendingAction[] = [];
  for (const token of run.tokens) {
    const element = index.byId.get(token.elementId);
    if (!element) continue;
    if (isChoice(element)) {
      const options = (index.outgoing.get(element.id) ?? []).map((flow) => ({
        flowId: flow.id,
        label: flow.name.trim() || (index.byId.get(flow.targetId)?.name ?? ''),
        targetId: flow.targetId,
      }));
      actions.push({
        kind: 'choose',
        token,
        element,
        options,
        ...(isInclusive(element) ? { several: true as const } : {}),
      });
    } else {
      const boundaries = graph.elements.filter((other) => other.attachedToId === element.id);
      actions.push({ kind: 'complete', token, element, boundaries });
    }
  }
  return actions;
}

function waitingOn(graph: ProcessGraph, run: TryoutRun, tokenId: string) {
  const index = indexGraph(graph);
  const token = run.tokens.find((candidate) => candidate.id === tokenId);
  const element = token && index.byId.get(token.elementId);
  return token && element ? { index, token, element } : undefined;
}

/**
 * Completes the task (or the catch event) the token waits on: its time limit is added to
 * the token's day, then the request moves on. Not for a gateway: see `chooseFlow`.
 */
export function completeStep(
  graph: ProcessGraph,
  run: TryoutRun,
  tokenId: string,
  observe?: TraceObserver,
): TryoutRun {
  const found = waitingOn(graph, run, tokenId);
  if (!found || isChoice(found.element)) return run;
  const { index, token, element } = found;
  const day = token.day + (element.delayDays ?? 0);
  return applyMove(
    index,
    run,
    {
      removedTokenId: token.id,
      log: [{ kind: 'done', elementId: element.id, day }],
      departures: [{ element, day, tokenId: token.id }],
    },
    observe,
  );
}

/**
 * Takes one way out of the gateway the token waits on. At an event-based gateway, choosing
 * a way says which event happened first: the request goes past that catch event at once
 * (its delay, a timer's, counted), without a second action. A flow that does not leave
 * that gateway leaves the run unchanged.
 */
export function chooseFlow(
  graph: ProcessGraph,
  run: TryoutRun,
  tokenId: string,
  flowId: string,
  observe?: TraceObserver,
): TryoutRun {
  return chooseFlows(graph, run, tokenId, [flowId], observe);
}

/**
 * Takes the ways `flowIds` out of the gateway the token waits on, at once: several only at
 * an inclusive gateway, where each way taken gets its own token (and its join waits for
 * those). Unchanged run when none is given, one does not leave that gateway, or several
 * are given elsewhere.
 */
export function chooseFlows(
  graph: ProcessGraph,
  run: TryoutRun,
  tokenId: string,
  flowIds: readonly string[],
  observe?: TraceObserver,
): TryoutRun {
  const found = waitingOn(graph, run, tokenId);
  if (!found || !isChoice(found.element)) return run;
  const { index, token, element } = found;
  const unique = [...new Set(flowIds)];
  const [first, ...also] = unique;
  if (first === undefined || (also.length > 0 && !isInclusive(element))) return run;
  const leaving = index.outgoing.get(element.id) ?? [];
  const flows = unique.map((id) => leaving.find((candidate) => candidate.id === id));
  if (flows.some((flow) => flow === undefined)) return run;
  const day = token.day + (element.delayDays ?? 0);
  return applyMove(
    index,
    run,
    {
      removedTokenId: token.id,
      log: [
        {
          kind: 'chosen',
          elementId: element.id,
          flowId: first,
          day: token.day,
          ...(also.length > 0 ? { alsoFlowIds: also } : {}),
        },
      ],
      arrivals: (flows as ProcessFlow[]).map((flow) => ({
        elementId: flow.targetId,
        flowId: flow.id,
        day,
        // One way on keeps the token; several each get a new one.
        tokenId: flows.length === 1 ? token.id : undefined,
        happened: element.type === 'bpmn:EventBasedGateway',
      })),
    },
    observe,
  );
}

/**
 * A boundary event of the task the token waits on happens (a timer runs out, a message
 * comes), its delay (the timer's) after the token's arrival: the request goes on from the
 * boundary event. An interrupting one takes the task's token away; a non-interrupting one
 * starts a new token and leaves the task waiting as it was.
 */
export function triggerBoundary(
  graph: ProcessGraph,
  run: TryoutRun,
  tokenId: string,
  boundaryId: string,
  observe?: TraceObserver,
): TryoutRun {
  const found = waitingOn(graph, run, tokenId);
  const boundary = found?.index.byId.get(boundaryId);
  if (!found || !boundary || boundary.attachedToId !== found.element.id) return run;
  const { index, token, element } = found;
  const day = token.day + (boundary.delayDays ?? 0);
  const interrupting = boundary.interrupting !== false;
  return applyMove(
    index,
    run,
    {
      removedTokenId: interrupting ? token.id : undefined,
      log: [
        {
          kind: 'triggered',
          elementId: element.id,
          boundaryId,
          day,
          ...(interrupting ? {} : { interrupting: false as const }),
        },
      ],
      arrivals: [{ elementId: boundary.id, day, tokenId: interrupting ? token.id : undefined }],
    },
    observe,
  );
}

/** Whether nothing is left to do: no token waiting, and no token waiting at a parallel join. */
export function isRunOver(run: TryoutRun): boolean {
  return (
    run.tokens.length === 0 && Object.values(run.joins).every((waiting) => waiting.length === 0)
  );
}
