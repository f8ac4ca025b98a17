import type { ProcessGraph } from '../process/graph';

/** One step of the process a role does after the change, with its time limit. */
export interface RoleStep {
  id: string;
  name: string;
  /** Working days, when the process gives one. */
  delayDays?: number;
}

/** The work of one process role after the change, as the process says it. */
export interface RoleAfter {
  role: string;
  steps: RoleStep[];
  /** The sum of the steps' time limits, in working days (those without one count for nothing). */
  totalDelayDays: number;
}

/**
 * What each process role will do after the change: the steps it does and their time limits,
 * read from the process. A step is its role's (`fabrik:role`), else its lane's; roles come in
 * the order the diagram first names them, then those declared with no step yet.
 */
export function agentImpactsFromProcess(
  graph: ProcessGraph,
  declaredRoles: readonly string[] = [],
): RoleAfter[] {
  const byRole = new Map<string, RoleStep[]>();
  for (const element of graph.elements) {
    if (element.kind !== 'task') continue;
    const role = (element.role ?? element.lane ?? '').trim();
    if (role === '') continue;
    const step: RoleStep = { id: element.id, name: element.name.trim() };
    if (element.delayDays !== undefined) step.delayDays = element.delayDays;
    byRole.set(role, [...(byRole.get(role) ?? []), step]);
  }
  for (const role of declaredRoles) {
    if (role.trim() !== '' && !byRole.has(role.trim())) byRole.set(role.trim(), []);
  }
  return [...byRole].map(([role, steps]) => ({
    role,
    steps,
    totalDelayDays: steps.reduce((total, step) => total + (step.delayDays ?? 0), 0),
  }));
}
