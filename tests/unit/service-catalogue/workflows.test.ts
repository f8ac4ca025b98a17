import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { createServiceEntry } from '../../../src/domain/service-catalogue/schema';
import { workflowFromProcess } from '../../../src/domain/service-catalogue/workflowFromProcess';
import {
  addWorkflowRoles,
  processFromWorkflow,
  putWorkflow,
  readWorkflows,
  recordWorkflowUse,
  sharedWorkflowsOf,
  workflowNameProblem,
  workflowSharing,
  type GenericWorkflow,
} from '../../../src/domain/service-catalogue/workflows';

const xml = readFileSync(new URL('../../fixtures/small-process.bpmn', import.meta.url), 'utf8');
const now = new Date('2026-12-01T10:00:00.000Z');

async function savedFrom(prototypeId: string): Promise<GenericWorkflow> {
  const saved = await workflowFromProcess(
    { bpmnXml: xml, roles: ['Demandeur', 'Instructeur'] },
    {
      id: 'w1',
      name: ' Autorisation avec avis technique ',
      description: 'Urbanisme, voirie',
      prototypeId,
      now,
    },
  );
  if (!saved.ok) throw new Error(saved.reason);
  return saved.workflow;
}

describe('generic workflows', () => {
  it('saves a prototype’s process without the statuses that belong to its tracking', async () => {
    const workflow = await savedFrom('source');
    expect(workflow).toMatchObject({
      name: 'Autorisation avec avis technique',
      description: 'Urbanisme, voirie',
      // Only the roles its steps name.
      roles: ['Instructeur'],
      prototypeIds: ['source'],
      createdAt: now.toISOString(),
    });
    expect(workflow.bpmnXml).not.toContain('fabrik:status');
    const read = await readProcessGraph(workflow.bpmnXml);
    const before = await readProcessGraph(xml);
    if (!read.ok || !before.ok) throw new Error('unreadable');
    // Same steps, roles and time limits as the prototype's.
    expect(
      read.graph.elements.map(({ id, name, role, delayDays }) => ({ id, name, role, delayDays })),
    ).toEqual(
      before.graph.elements.map(({ id, name, role, delayDays }) => ({ id, name, role, delayDays })),
    );
    expect(read.graph.flows).toEqual(before.graph.flows);
  });

  it('refuses to save an empty or unreadable process', async () => {
    const options = { id: 'w', name: 'X', description: '', prototypeId: 'p', now };
    expect(await workflowFromProcess({ bpmnXml: ' ', roles: [] }, options)).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(await workflowFromProcess({ bpmnXml: '<nope', roles: [] }, options)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });

  it('starts a new prototype’s process from a workflow, and says which services share it', async () => {
    const workflow = await savedFrom('source');
    // Given a new prototype, when its process starts from the workflow…
    const fresh = createPrototype('Permis de stationner', now, 'fresh');
    const started = processFromWorkflow(fresh.process, workflow);
    expect(started.bpmnXml).toBe(workflow.bpmnXml);
    expect(started.roles).toEqual([...fresh.process.roles, 'Instructeur']);
    // …its roles come in one undo step, and a second time changes nothing.
    const withRoles = addWorkflowRoles({ workflow }).apply(fresh);
    expect(withRoles.process.roles).toEqual(started.roles);
    expect(addWorkflowRoles({ workflow }).apply(withRoles)).toBe(withRoles);
    // …and the workflow records it, once.
    const used = recordWorkflowUse(recordWorkflowUse([workflow], 'w1', 'fresh'), 'w1', 'fresh');
    expect(used[0]!.prototypeIds).toEqual(['source', 'fresh']);
    // Then the services linked to either prototype share the workflow.
    const entries = [
      { ...createServiceEntry('s1', 'Permis de construire', now), prototypeIds: ['source'] },
      { ...createServiceEntry('s2', 'Autorisation de voirie', now), prototypeIds: ['fresh'] },
      createServiceEntry('s3', 'Cantine', now),
    ];
    const sharing = workflowSharing(used, entries);
    expect(sharing[0]!.services.map((service) => service.name)).toEqual([
      'Autorisation de voirie',
      'Permis de construire',
    ]);
    expect(sharedWorkflowsOf(entries[0]!, sharing)[0]!.services).toEqual([
      { id: 's2', name: 'Autorisation de voirie' },
    ]);
    expect(sharedWorkflowsOf(entries[2]!, sharing)).toEqual([]);
  });

  it('refuses an empty or duplicate name, and replaces a workflow of the same id', async () => {
    const workflow = await savedFrom('source');
    expect(workflowNameProblem([workflow], '  ')).toBe('nameRequired');
    expect(workflowNameProblem([workflow], 'autorisation AVEC avis technique')).toBe(
      'workflowExists',
    );
    expect(workflowNameProblem([workflow], workflow.name, 'w1')).toBeUndefined();
    const renamed = { ...workflow, name: 'Autre' };
    expect(putWorkflow([workflow], renamed)).toEqual([renamed]);
    expect(putWorkflow([workflow], { ...renamed, id: 'w2' })).toHaveLength(2);
  });

  it('reads stored workflows, dropping rows without id, name or diagram', () => {
    expect(
      readWorkflows([
        { id: 'w', name: 'A', bpmnXml: '<x/>', roles: ['R', 'R', 3], prototypeIds: ['p', 'p'] },
        { id: 'w', name: 'Doublon', bpmnXml: '<x/>' },
        { id: '', name: 'Sans id', bpmnXml: '<x/>' },
        { id: 'n', name: ' ', bpmnXml: '<x/>' },
        { id: 'd', name: 'Sans diagramme' },
        'nonsense',
      ]),
    ).toEqual([
      {
        id: 'w',
        name: 'A',
        description: '',
        bpmnXml: '<x/>',
        roles: ['R'],
        prototypeIds: ['p'],
        createdAt: '',
      },
    ]);
    expect(readWorkflows('nonsense')).toEqual([]);
  });
});
