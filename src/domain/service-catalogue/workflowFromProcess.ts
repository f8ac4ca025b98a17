import type { Process } from '../process/schema';
import { readProcessGraph } from '../process/readGraph';
import { updateFabrikAttributes } from '../process/updateAttributes';
import type { GenericWorkflow } from './workflows';

export type WorkflowFromProcess =
  { ok: true; workflow: GenericWorkflow } | { ok: false; reason: 'empty' | 'unreadable' };

/**
 * A prototype's process saved as a workflow of the organisation. The statuses its steps set
 * are the prototype's own (its tracking step): they would point at nothing in another
 * prototype, so they are left out; roles, time limits and notes stay. Loads bpmn-moddle.
 */
export async function workflowFromProcess(
  process: Process,
  {
    id,
    name,
    description,
    prototypeId,
    now,
  }: { id: string; name: string; description: string; prototypeId: string; now: Date },
): Promise<WorkflowFromProcess> {
  if (process.bpmnXml.trim() === '') return { ok: false, reason: 'empty' };
  const read = await readProcessGraph(process.bpmnXml);
  if (!read.ok) return { ok: false, reason: 'unreadable' };
  const withStatus = read.graph.elements.filter((element) => element.statusId !== undefined);
  let bpmnXml = process.bpmnXml;
  if (withStatus.length > 0) {
    const updated = await updateFabrikAttributes(
      bpmnXml,
      withStatus.map((element) => ({
        elementId: element.id,
        attributes: { statusId: undefined },
      })),
    );
    if (!updated.ok) return { ok: false, reason: 'unreadable' };
    bpmnXml = updated.xml;
  }
  const used = new Set(
    read.graph.elements.flatMap((element) => (element.role ? [element.role] : [])),
  );
  return {
    ok: true,
    workflow: {
      id,
      name: name.trim(),
      description: description.trim(),
      bpmnXml,
      // The roles its steps name, in the prototype's order first.
      roles: [...new Set([...process.roles.filter((role) => used.has(role)), ...used])],
      prototypeIds: [prototypeId],
      createdAt: now.toISOString(),
    },
  };
}
