import type { ProcessElement, ProcessGraph } from './graph';

export interface ProcessPath {
  /** Element ids from a start to where the path stops. */
  elementIds: string[];
  /** Whether the path stops on an end event (otherwise it is a dead end). */
  reachesEnd: boolean;
}

export interface PathsResult {
  paths: ProcessPath[];
  /** True when there were more paths than `maxPaths`: the list is a sample. */
  truncated: boolean;
}

/**
 * The process's own start events, in the diagram's order (those of a sub-process start
 * with it). They are alternatives: a request starts at one of them, whichever happens.
 */
export function startEvents(graph: ProcessGraph): ProcessElement[] {
  return graph.elements.filter(
    (element) => element.parentId === undefined && element.kind === 'start',
  );
}

/**
 * Where a request may start: the process's own start events or, without any, each of its
 * elements nothing leads to. What sits inside a sub-process starts with it, and a boundary
 * event is reached through its task: neither is a root.
 */
export function processRoots(graph: ProcessGraph): ProcessElement[] {
  const starts = startEvents(graph);
  if (starts.length > 0) return starts;
  const targets = new Set(graph.flows.map((flow) => flow.targetId));
  return graph.elements.filter(
    (element) =>
      element.parentId === undefined && !targets.has(element.id) && !element.attachedToId,
  );
}

/**
 * Every path a request can take, from each start event (or, when there is no start
 * event, each element nothing leads to, boundary events aside) to where it stops. A loop
 * is walked at most once per path (no element is visited more than twice), so "ask for
 * missing documents" appears both with and without its loop.
 */
export function processPaths(graph: ProcessGraph, maxPaths = 500): PathsResult {
  const outgoing = new Map<string, string[]>();
  for (const flow of graph.flows) {
    outgoing.set(flow.sourceId, [...(outgoing.get(flow.sourceId) ?? []), flow.id]);
  }
  const flowsById = new Map(graph.flows.map((flow) => [flow.id, flow]));
  const byId = new Map<string, ProcessElement>(
    graph.elements.map((element) => [element.id, element]),
  );
  const roots = processRoots(graph);

  const paths: ProcessPath[] = [];
  let truncated = false;
  const visitsIn = (trail: string[], id: string) =>
    trail.filter((visited) => visited === id).length;
  const walk = (elementId: string, trail: string[]) => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    const leaving = outgoing.get(elementId) ?? [];
    if (leaving.length === 0) {
      paths.push({ elementIds: trail, reachesEnd: byId.get(elementId)?.kind === 'end' });
      return;
    }
    // A path that could only go round its loop again is dropped: its loop is already walked.
    for (const flowId of leaving) {
      const flow = flowsById.get(flowId);
      if (flow && visitsIn(trail, flow.targetId) < 2)
        walk(flow.targetId, [...trail, flow.targetId]);
    }
  };
  for (const root of roots) walk(root.id, [root.id]);
  return { paths, truncated };
}

/** Ids of the elements from which no end event can be reached. */
export function elementsThatCannotEnd(graph: ProcessGraph): string[] {
  const incoming = new Map<string, string[]>();
  for (const flow of graph.flows) {
    incoming.set(flow.targetId, [...(incoming.get(flow.targetId) ?? []), flow.sourceId]);
  }
  const canEnd = new Set<string>();
  const queue = graph.elements
    .filter((element) => element.kind === 'end')
    .map((element) => element.id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    queue.push(...(incoming.get(id) ?? []));
  }
  return graph.elements.filter((element) => !canEnd.has(element.id)).map((element) => element.id);
}
