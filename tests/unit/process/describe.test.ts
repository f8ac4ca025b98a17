import { describe, expect, it } from 'vitest';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import { describeProcess } from '../../../src/domain/process/describe';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { readProcessGraph } from '../../../src/domain/process/readGraph';

const node = (id: string, kind: ProcessGraph['elements'][number]['kind'], type = 'bpmn:Task') => ({
  id,
  kind,
  type,
  name: id,
});
const flow = (sourceId: string, targetId: string, name = '') => ({
  id: `${sourceId}-${targetId}`,
  sourceId,
  targetId,
  name,
});

describe('describeProcess (the process as text)', () => {
  it('lists the default process in reading order, with roles, time limits and conditions', async () => {
    const read = await readProcessGraph(defaultDiagramXml);
    if (!read.ok) throw new Error(read.error);
    const steps = describeProcess(read.graph);
    expect(steps[0]).toMatchObject({ number: 1, kind: 'start', name: 'Demande déposée' });
    const check = steps.find((step) => step.id === 'Task_CheckCompleteness');
    expect(check).toMatchObject({ role: 'Agent instructeur', delayDays: 5, split: 'next' });
    const complete = steps.find((step) => step.id === 'Gateway_Complete');
    expect(complete?.split).toBe('one');
    expect(complete?.ways.map((way) => [way.condition, way.targetName])).toEqual([
      ['Oui', 'Instruire la demande'],
      ['Non', expect.any(String)],
    ]);
    // The documents received go back to the check: a loop, said as such.
    const received = steps.find((step) => step.id === 'Event_DocumentsReceived');
    expect(received?.ways[0]?.loop).toBe(true);
    expect(steps.find((step) => step.id === 'Gateway_DocumentsWait')?.split).toBe('first');
    // Every element is there once.
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
  });

  it('says parallel branches and lists steps nothing leads to at the end', () => {
    const graph: ProcessGraph = {
      elements: [
        node('Start', 'start', 'bpmn:StartEvent'),
        node('Split', 'gateway', 'bpmn:ParallelGateway'),
        node('A', 'task'),
        node('B', 'task'),
        node('Orphan', 'task'),
      ],
      flows: [flow('Start', 'Split'), flow('Split', 'A'), flow('Split', 'B')],
    };
    const steps = describeProcess(graph);
    expect(steps.map((step) => step.id)).toEqual(['Start', 'Split', 'A', 'B', 'Orphan']);
    expect(steps[1]?.split).toBe('all');
    expect(steps[1]?.ways.every((way) => !way.loop)).toBe(true);
  });
});
