import type { PrototypeContent } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { teamReadiness } from '../team/readiness';

/**
 * The exceptions' items of the readiness checklist (every exception has a decision),
 * followed by the team's (at least one referent), which belong to the workshops step.
 */
export function exceptionsReadiness(prototype: PrototypeContent): ReadinessIssue[] {
  const undecided: ReadinessIssue[] = prototype.exceptions
    .filter((exception) => exception.decision === undefined)
    .map((exception) => ({
      step: 'exceptions',
      messageKey: 'exceptions:readiness.noDecision',
      params: { title: exception.title },
      severity: 'error',
      target: { kind: 'exception', id: exception.id },
    }));
  return [...undecided, ...teamReadiness(prototype.team)];
}
