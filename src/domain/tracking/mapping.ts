import type { ProcessElement, ProcessGraph } from '../process/graph';
import type { Status } from './schema';

/** The process elements that can set a status: the steps a requester's request goes through. */
export function isStatusStep(element: ProcessElement): boolean {
  return (
    element.kind === 'task' ||
    element.kind === 'start' ||
    element.kind === 'end' ||
    element.kind === 'event'
  );
}

/** The elements that set a status, in the order of the diagram. */
export function stepsSetting(graph: ProcessGraph, statusId: string): ProcessElement[] {
  return graph.elements.filter((element) => element.statusId === statusId);
}

/** A step's name for people: its name, or its id when it has none. */
export function stepName(element: ProcessElement): string {
  return element.name.trim() || element.id;
}

/** Ids of the elements a request can reach from where it enters the process. */
export function reachableElementIds(graph: ProcessGraph): Set<string> {
  const targets = new Set(graph.flows.map((flow) => flow.targetId));
  const starts = graph.elements.filter((element) => element.kind === 'start');
  const roots = starts.length > 0 ? starts : graph.elements.filter((e) => !targets.has(e.id));
  const reached = new Set<string>();
  const queue = roots.map((root) => root.id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const flow of graph.flows) if (flow.sourceId === id) queue.push(flow.targetId);
  }
  return reached;
}

export interface MappingProblems {
  /** Statuses no step sets: the requester never sees them. */
  unsetStatuses: Status[];
  /** Final statuses set by no step a request can reach. */
  unreachableFinals: Status[];
  /** Tasks that set no status: the requester sees no change while they are done. */
  stepsWithoutStatus: ProcessElement[];
  /** Steps that set a status that does not exist (any more). */
  stepsWithUnknownStatus: ProcessElement[];
}

export function mappingProblems(graph: ProcessGraph, statuses: readonly Status[]): MappingProblems {
  const steps = graph.elements.filter(isStatusStep);
  const known = new Set(statuses.map((status) => status.id));
  const reachable = reachableElementIds(graph);
  return {
    unsetStatuses: statuses.filter((status) => stepsSetting(graph, status.id).length === 0),
    unreachableFinals: statuses.filter(
      (status) =>
        status.final &&
        stepsSetting(graph, status.id).length > 0 &&
        !stepsSetting(graph, status.id).some((element) => reachable.has(element.id)),
    ),
    stepsWithoutStatus: steps.filter((element) => element.kind === 'task' && !element.statusId),
    stepsWithUnknownStatus: steps.filter(
      (element) => element.statusId !== undefined && !known.has(element.statusId),
    ),
  };
}
