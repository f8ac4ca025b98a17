import type { ProcessElement, ProcessFlow, ProcessGraph } from '../process/graph';
import type { ProcessPath } from '../process/paths';
import type { ScenarioTrace } from './trace';

/**
 * A gateway where one way out is taken among several: there, a path is one answer. At a
 * parallel or inclusive gateway several ways are taken together, each its own path.
 */
const takesOneWay = (element: ProcessElement | undefined) =>
  element?.kind === 'gateway' &&
  element.type !== 'bpmn:ParallelGateway' &&
  element.type !== 'bpmn:InclusiveGateway';

/** The flow from each element of the path to the next, in order: `[i]` leaves element `i`. */
export function flowsAlong(graph: ProcessGraph, path: ProcessPath): (ProcessFlow | undefined)[] {
  const { elementIds } = path;
  return elementIds
    .slice(1)
    .map((targetId, index) =>
      graph.flows.find((f) => f.sourceId === elementIds[index] && f.targetId === targetId),
    );
}

/**
 * Whether a scenario went along this path: it reached its first element and took a flow
 * between each element and the next, and at each one-way gateway of the path it took
 * exactly the ways the path takes there. So a scenario that went round the loop once
 * covers the path with the loop, not the one without it.
 */
export function coversPath(graph: ProcessGraph, path: ProcessPath, trace: ScenarioTrace): boolean {
  const [first] = path.elementIds;
  if (first === undefined || !trace.elementIds.has(first)) return false;
  const targetsOf = new Map<string, Set<string>>();
  for (const [index, sourceId] of path.elementIds.slice(0, -1).entries()) {
    const targetId = path.elementIds[index + 1] as string;
    const taken = graph.flows.some(
      (flow) =>
        flow.sourceId === sourceId && flow.targetId === targetId && trace.flowIds.has(flow.id),
    );
    if (!taken) return false;
    targetsOf.set(sourceId, (targetsOf.get(sourceId) ?? new Set()).add(targetId));
  }
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  for (const [gatewayId, targets] of targetsOf) {
    if (!takesOneWay(byId.get(gatewayId))) continue;
    const tookThere = graph.flows.filter(
      (flow) => flow.sourceId === gatewayId && trace.flowIds.has(flow.id),
    );
    const tookTargets = new Set(tookThere.map((flow) => flow.targetId));
    if (tookTargets.size !== targets.size || [...targets].some((id) => !tookTargets.has(id)))
      return false;
  }
  return true;
}

/** One step of a path as a person reads it: the element's name, and at a gateway the way taken. */
export interface PathStep {
  elementId: string;
  name: string;
  /** The name of the flow taken out of a gateway (« Oui », « Refusée »), when it has one. */
  way?: string;
}

/** The path's named steps, in order: unnamed elements (a merging gateway) are left out. */
export function pathSteps(graph: ProcessGraph, path: ProcessPath): PathStep[] {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const flows = flowsAlong(graph, path);
  return path.elementIds.flatMap((elementId, index) => {
    const element = byId.get(elementId);
    const name = element?.name.trim() ?? '';
    const way = element?.kind === 'gateway' ? flows[index]?.name.trim() : undefined;
    if (!name && !way) return [];
    return [{ elementId, name, ...(way ? { way } : {}) }];
  });
}
