import type { ProcessElement, ProcessGraph } from '../../../src/domain/process/graph';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import type { TryoutRun } from '../../../src/domain/tryout/run';

export async function graphOf(xml: string): Promise<ProcessGraph> {
  const read = await readProcessGraph(xml);
  if (!read.ok) throw new Error(read.error);
  return read.graph;
}

export const node = (
  id: string,
  kind: ProcessElement['kind'],
  extra: Partial<ProcessElement> = {},
): ProcessElement => ({
  id,
  kind,
  type: kind === 'gateway' ? 'bpmn:ExclusiveGateway' : `bpmn:${kind}`,
  name: id,
  ...extra,
});

export const flow = (sourceId: string, targetId: string, name = '') => ({
  id: `${sourceId}-${targetId}`,
  sourceId,
  targetId,
  name,
});

export function tokenOn(run: TryoutRun, elementId: string) {
  const token = run.tokens.find((candidate) => candidate.elementId === elementId);
  if (!token) throw new Error(`No token on ${elementId}: ${JSON.stringify(run.tokens)}`);
  return token;
}

/**
 * start → split → a | b → join → end: two branches of a parallel split, joined again.
 * `settings` adds to an element (a delay, a status); `afterJoin` names tasks put one after
 * the other between the join and the end; `more` adds elements and flows (a loop…) after
 * the others, so the flows leaving each element keep their order.
 */
export function splitAndJoin({
  settings = {},
  afterJoin = [],
  more = {},
}: {
  settings?: Record<string, Partial<ProcessElement>>;
  afterJoin?: readonly string[];
  more?: { elements?: ProcessElement[]; flows?: ProcessGraph['flows'] };
} = {}): ProcessGraph {
  const parallel = { type: 'bpmn:ParallelGateway' };
  const tail = ['join', ...afterJoin, 'end'];
  return {
    elements: [
      node('start', 'start', settings.start),
      node('split', 'gateway', { ...parallel, ...settings.split }),
      node('a', 'task', settings.a),
      node('b', 'task', settings.b),
      node('join', 'gateway', { ...parallel, ...settings.join }),
      ...afterJoin.map((id) => node(id, 'task', settings[id])),
      node('end', 'end', settings.end),
      ...(more.elements ?? []),
    ],
    flows: [
      flow('start', 'split'),
      flow('split', 'a'),
      flow('split', 'b'),
      flow('a', 'join'),
      flow('b', 'join'),
      ...tail.slice(1).map((id, index) => flow(tail[index]!, id)),
      ...(more.flows ?? []),
    ],
  };
}
