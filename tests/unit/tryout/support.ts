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

/** start → split → a | b → join → end: two branches of a parallel split, joined again. */
export function splitAndJoin(): ProcessGraph {
  return {
    elements: [
      node('start', 'start'),
      node('split', 'gateway', { type: 'bpmn:ParallelGateway' }),
      node('a', 'task'),
      node('b', 'task'),
      node('join', 'gateway', { type: 'bpmn:ParallelGateway' }),
      node('end', 'end'),
    ],
    flows: [
      flow('start', 'split'),
      flow('split', 'a'),
      flow('split', 'b'),
      flow('a', 'join'),
      flow('b', 'join'),
      flow('join', 'end'),
    ],
  };
}
