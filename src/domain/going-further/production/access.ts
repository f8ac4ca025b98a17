import type { ProcessGraph } from '../../process/graph';
import type { PrototypeContent } from '../../prototype/schema';

/** What one process role must be allowed to do in production, and nothing more. */
export interface AccessRight {
  role: string;
  /** The steps this role does, in the diagram's order. */
  tasks: string[];
  /** The statuses those steps set, as the requester reads them. */
  statuses: string[];
}

/**
 * The access rights to configure per process role: the process's declared roles, and any
 * role or lane a step names. A role with no step still gets its row: the production team
 * should not create an account that nothing uses without asking.
 */
export function accessRights(content: PrototypeContent, graph: ProcessGraph): AccessRight[] {
  const statusLabels = new Map(
    content.tracking.statuses.map((status) => [status.id, status.label]),
  );
  const roles = new Map<string, AccessRight>();
  const rowOf = (role: string) => {
    const name = role.trim();
    if (!roles.has(name)) roles.set(name, { role: name, tasks: [], statuses: [] });
    return roles.get(name)!;
  };
  for (const role of content.process.roles) rowOf(role);
  for (const element of graph.elements) {
    const role = element.role ?? element.lane;
    if (!role?.trim() || element.kind !== 'task') continue;
    const row = rowOf(role);
    row.tasks.push(element.name.trim() || element.id);
    const status = element.statusId && statusLabels.get(element.statusId);
    if (status && !row.statuses.includes(status)) row.statuses.push(status);
  }
  return [...roles.values()];
}
