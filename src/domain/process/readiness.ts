import type { Prototype } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { checkProcess } from './checks';
import type { FabrikRuleOptions } from './fabrikRules';

/** i18n key of a check's message, in the process namespace. */
export function checkMessageKey(rule: string): string {
  return `process:checks.rules.${rule.replace('/', '.')}`;
}

/**
 * Whether the tracking step promises the requester a response time (a commitment, not a
 * mere indication), which makes every task's time limit necessary. Read defensively: the
 * commitment belongs to the tracking step's model.
 */
export function promisesResponseTime(prototype: Prototype): boolean {
  const { commitment } = prototype.tracking as { commitment?: { kind?: unknown; days?: unknown } };
  return commitment?.kind === 'commitment' && typeof commitment.days === 'number';
}

/** The processing step's items of the readiness checklist: the same checks the step shows. */
export async function processReadiness(
  prototype: Prototype,
  options: FabrikRuleOptions = { promisesResponseTime: promisesResponseTime(prototype) },
): Promise<ReadinessIssue[]> {
  const result = await checkProcess(prototype.process.bpmnXml, options);
  if (!result.ok) {
    return [{ step: 'process', messageKey: 'process:checks.unreadable', severity: 'error' }];
  }
  return result.checks.map((check) => ({
    step: 'process',
    messageKey: checkMessageKey(check.rule),
    params: {
      name: check.elementName ?? check.elementId ?? '',
      ...(check.failedRule ? { rule: check.failedRule } : {}),
    },
    severity: check.severity,
    target: check.elementId ? { kind: 'process-element', id: check.elementId } : undefined,
  }));
}
