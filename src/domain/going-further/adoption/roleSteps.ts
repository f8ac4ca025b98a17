import type { ProcessElement, ProcessFlow, ProcessGraph } from '../../process/graph';

/**
 * Whose step an element is: its `fabrik:role`, else its lane's name. A task is always
 * someone's work; an event or a start only when the diagram names who handles it (a timer
 * that fires on its own is nobody's step to learn).
 */
export function roleOf(element: ProcessElement): string | undefined {
  const explicit = element.role?.trim();
  if (explicit) return explicit;
  if (element.kind !== 'task') return undefined;
  const lane = element.lane?.trim();
  return lane || undefined;
}

/** Whether the element is a step a trainee does (a task, or an event someone handles). */
export function isRoleStep(element: ProcessElement): boolean {
  if (element.attachedToId !== undefined) return false;
  if (element.kind === 'task') return roleOf(element) !== undefined;
  return (element.kind === 'event' || element.kind === 'start') && Boolean(element.role?.trim());
}

/**
 * The process's roles: in the order the diagram first gives each one a step, then those
 * declared in the process with no step yet.
 */
export function processRoleNames(graph: ProcessGraph, declared: readonly string[] = []): string[] {
  const roles: string[] = [];
  for (const element of graph.elements) {
    const role = isRoleStep(element) ? roleOf(element) : undefined;
    if (role && !roles.includes(role)) roles.push(role);
  }
  for (const role of declared) {
    const name = role.trim();
    if (name && !roles.includes(name)) roles.push(name);
  }
  return roles;
}

/** The steps of one role, in the diagram's order. */
export function stepsOfRole(graph: ProcessGraph, role: string): ProcessElement[] {
  return graph.elements.filter((element) => isRoleStep(element) && roleOf(element) === role);
}

/** Flows in and out of each element, built once per graph. */
export interface FlowIndex {
  byId: ReadonlyMap<string, ProcessElement>;
  incoming: ReadonlyMap<string, ProcessFlow[]>;
  outgoing: ReadonlyMap<string, ProcessFlow[]>;
}

export function indexFlows(graph: ProcessGraph): FlowIndex {
  const incoming = new Map<string, ProcessFlow[]>();
  const outgoing = new Map<string, ProcessFlow[]>();
  for (const flow of graph.flows) {
    incoming.set(flow.targetId, [...(incoming.get(flow.targetId) ?? []), flow]);
    outgoing.set(flow.sourceId, [...(outgoing.get(flow.sourceId) ?? []), flow]);
  }
  return { byId: new Map(graph.elements.map((e) => [e.id, e])), incoming, outgoing };
}

/** A step met by walking the flows, with the named way it was reached through, if any. */
export interface ReachedStep {
  element: ProcessElement;
  /** The name of the first named flow on the way (« Oui », « Refusée »), if any. */
  via?: string;
}

/**
 * The nearest elements matching `stop`, walking the flows in one direction and going
 * through whatever does not match (gateways, unnamed events). Each element is walked once,
 * so a loop ends the walk.
 */
export function nearest(
  index: FlowIndex,
  fromFlows: readonly ProcessFlow[],
  direction: 'forward' | 'backward',
  stop: (element: ProcessElement) => boolean,
): ReachedStep[] {
  const found: ReachedStep[] = [];
  const seen = new Set<string>();
  const queue = fromFlows.map((flow) => ({ flow, via: flow.name.trim() || undefined }));
  while (queue.length > 0) {
    const { flow, via } = queue.shift() as { flow: ProcessFlow; via?: string };
    const id = direction === 'forward' ? flow.targetId : flow.sourceId;
    if (seen.has(id)) continue;
    seen.add(id);
    const element = index.byId.get(id);
    if (!element) continue;
    if (stop(element)) {
      found.push(via === undefined ? { element } : { element, via });
      continue;
    }
    const next = (direction === 'forward' ? index.outgoing : index.incoming).get(id) ?? [];
    for (const nextFlow of next)
      queue.push({ flow: nextFlow, via: via ?? (nextFlow.name.trim() || undefined) });
  }
  return found;
}
