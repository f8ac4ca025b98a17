import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { elementsThatCannotEnd, processPaths } from '../../../src/domain/process/paths';

const node = (id: string, kind: 'start' | 'task' | 'gateway' | 'end') => ({
  id,
  kind,
  type: `bpmn:${kind}`,
  name: id,
});
const flow = (sourceId: string, targetId: string) => ({
  id: `${sourceId}-${targetId}`,
  sourceId,
  targetId,
  name: '',
});

// start → check → gateway → (missing → check) | examine → end ; a dangling task.
const graph: ProcessGraph = {
  elements: [
    node('start', 'start'),
    node('check', 'task'),
    node('gw', 'gateway'),
    node('missing', 'task'),
    node('examine', 'task'),
    node('end', 'end'),
    node('orphan', 'task'),
  ],
  flows: [
    flow('start', 'check'),
    flow('check', 'gw'),
    flow('gw', 'missing'),
    flow('missing', 'check'),
    flow('gw', 'examine'),
    flow('examine', 'end'),
  ],
};

describe('processPaths', () => {
  it('lists each path from the start, with a loop walked at most once', () => {
    const { paths, truncated } = processPaths(graph);
    expect(truncated).toBe(false);
    expect(paths.map((path) => path.elementIds.join('>'))).toEqual([
      'start>check>gw>missing>check>gw>examine>end',
      'start>check>gw>examine>end',
    ]);
    expect(paths.every((path) => path.reachesEnd)).toBe(true);
  });

  it('says when it stopped counting', () => {
    expect(processPaths(graph, 1).truncated).toBe(true);
  });
});

describe('elementsThatCannotEnd', () => {
  it('finds the elements from which no end can be reached', () => {
    expect(elementsThatCannotEnd(graph)).toEqual(['orphan']);
  });
});
