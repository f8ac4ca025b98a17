import { describe, expect, it } from 'vitest';
import { agentImpactsFromProcess } from '../../../src/domain/frame/agentImpacts';
import type { ProcessGraph } from '../../../src/domain/process/graph';

const graph: ProcessGraph = {
  elements: [
    { id: 'start', type: 'bpmn:StartEvent', kind: 'start', name: 'Demande reçue', lane: 'Accueil' },
    {
      id: 'check',
      type: 'bpmn:UserTask',
      kind: 'task',
      name: 'Vérifier ',
      lane: 'Accueil',
      delayDays: 2,
    },
    {
      id: 'gw',
      type: 'bpmn:ExclusiveGateway',
      kind: 'gateway',
      name: 'Complet ?',
      lane: 'Accueil',
    },
    {
      id: 'decide',
      type: 'bpmn:UserTask',
      kind: 'task',
      name: 'Décider',
      lane: 'Accueil',
      role: 'Chef de service',
      delayDays: 5,
    },
    { id: 'notify', type: 'bpmn:SendTask', kind: 'task', name: 'Notifier', lane: 'Accueil' },
    { id: 'archive', type: 'bpmn:Task', kind: 'task', name: 'Archiver' },
    {
      id: 'sub-step',
      type: 'bpmn:UserTask',
      kind: 'task',
      name: 'Relancer',
      parentId: 'sub',
      role: 'Chef de service',
      delayDays: 1,
    },
    { id: 'end', type: 'bpmn:EndEvent', kind: 'end', name: 'Fin', lane: 'Accueil' },
  ],
  flows: [],
};

describe('agentImpactsFromProcess', () => {
  it('gives each role its steps and time limits, its own role before its lane', () => {
    expect(agentImpactsFromProcess(graph)).toEqual([
      {
        role: 'Accueil',
        steps: [
          { id: 'check', name: 'Vérifier', delayDays: 2 },
          { id: 'notify', name: 'Notifier' },
        ],
        totalDelayDays: 2,
      },
      {
        role: 'Chef de service',
        steps: [
          { id: 'decide', name: 'Décider', delayDays: 5 },
          { id: 'sub-step', name: 'Relancer', delayDays: 1 },
        ],
        totalDelayDays: 6,
      },
    ]);
  });

  it('lists a declared role with no step yet after those of the diagram, once', () => {
    const roles = agentImpactsFromProcess(graph, ['Accueil', ' Élus ', '']).map((r) => r.role);
    expect(roles).toEqual(['Accueil', 'Chef de service', 'Élus']);
    expect(agentImpactsFromProcess(graph, ['Élus']).at(-1)).toEqual({
      role: 'Élus',
      steps: [],
      totalDelayDays: 0,
    });
  });

  it('gives nothing for a process with no roles or lanes', () => {
    expect(agentImpactsFromProcess({ elements: [graph.elements[5]!], flows: [] })).toEqual([]);
  });
});
