import type { ProcessFlow, ProcessGraph } from './graph';
import { elementsThatCannotEnd } from './paths';

/** Fabrik's own rules on the process, beside bpmnlint's. */
export const fabrikRuleNames = [
  'fabrik/task-role',
  'fabrik/gateway-flow-names',
  'fabrik/reaches-end',
  'fabrik/task-time-limit',
] as const;

export type FabrikRuleName = (typeof fabrikRuleNames)[number];

export interface FabrikFinding {
  rule: FabrikRuleName;
  elementId: string;
  severity: 'error' | 'warning';
}

export interface FabrikRuleOptions {
  /**
   * The prototype promises the requester a response time: every task then needs a time
   * limit to compute it (an error); otherwise a missing one is only a warning.
   */
  promisesResponseTime?: boolean;
}

/** Checks that workshops care about and BPMN does not: who, how long, and where it ends. */
export function checkFabrikRules(
  graph: ProcessGraph,
  options: FabrikRuleOptions = {},
): FabrikFinding[] {
  const findings: FabrikFinding[] = [];
  for (const element of graph.elements.filter((candidate) => candidate.kind === 'task')) {
    if (!element.role) {
      findings.push({ rule: 'fabrik/task-role', elementId: element.id, severity: 'error' });
    }
    if (element.delayDays === undefined) {
      findings.push({
        rule: 'fabrik/task-time-limit',
        elementId: element.id,
        severity: options.promisesResponseTime ? 'error' : 'warning',
      });
    }
  }
  const gatewayIds = new Set(
    graph.elements.filter((element) => element.kind === 'gateway').map((element) => element.id),
  );
  const outgoingCount = new Map<string, number>();
  for (const flow of graph.flows) {
    outgoingCount.set(flow.sourceId, (outgoingCount.get(flow.sourceId) ?? 0) + 1);
  }
  // After an event-based gateway the way on is whichever event comes first: a named event
  // says which way it is, as a named flow would.
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const namedByEvent = (flow: ProcessFlow) =>
    byId.get(flow.sourceId)?.type === 'bpmn:EventBasedGateway' &&
    (byId.get(flow.targetId)?.name.trim() ?? '') !== '';
  for (const flow of graph.flows) {
    const forks = gatewayIds.has(flow.sourceId) && (outgoingCount.get(flow.sourceId) ?? 0) > 1;
    if (forks && flow.name.trim() === '' && !namedByEvent(flow)) {
      findings.push({ rule: 'fabrik/gateway-flow-names', elementId: flow.id, severity: 'error' });
    }
  }
  for (const elementId of elementsThatCannotEnd(graph)) {
    findings.push({ rule: 'fabrik/reaches-end', elementId, severity: 'error' });
  }
  return findings;
}
