import { describe, expect, it } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import {
  elementsThatCannotEnd,
  processPaths,
  processRoots,
} from '../../../src/domain/process/paths';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { startRun } from '../../../src/domain/tryout/run';

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

describe('processRoots', () => {
  const withSubProcess = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
  <bpmn:process id="P">
    <bpmn:startEvent id="Start" />
    <bpmn:subProcess id="Instruct" name="Instruire">
      <bpmn:startEvent id="InnerStart" />
      <bpmn:task id="Inner" name="Consulter" />
      <bpmn:endEvent id="InnerEnd" />
      <bpmn:sequenceFlow id="i1" sourceRef="InnerStart" targetRef="Inner" />
      <bpmn:sequenceFlow id="i2" sourceRef="Inner" targetRef="InnerEnd" />
    </bpmn:subProcess>
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Instruct" />
    <bpmn:sequenceFlow id="f2" sourceRef="Instruct" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

  it('starts at the process’s own start events, not those inside a sub-process', async () => {
    const read = await readProcessGraph(withSubProcess);
    if (!read.ok) throw new Error(read.error);
    expect(read.graph.elements.find((element) => element.id === 'Inner')?.parentId).toBe(
      'Instruct',
    );
    expect(processRoots(read.graph).map((root) => root.id)).toEqual(['Start']);
    expect(processPaths(read.graph).paths.map((path) => path.elementIds)).toEqual([
      ['Start', 'Instruct', 'End'],
    ]);
    // The try-out plays the sub-process as one step.
    expect(startRun(read.graph).tokens.map((token) => token.elementId)).toEqual(['Instruct']);
  });
});
