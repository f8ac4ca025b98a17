import type { PrototypeContent } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { assessExceptionsWeight } from './assessWeight';
import { exceptionsReadiness } from './readiness';
import { weighExceptions, type ExceptionsWeight } from './weight';

/** The weight of the exceptions, reading the BPMN only when its tasks could tip it. */
function weightOf(content: PrototypeContent): Promise<ExceptionsWeight> | ExceptionsWeight {
  const byPages = weighExceptions(content.exceptions, { pages: content.form.pages.length });
  if (byPages.outweighs || byPages.frequent.length === 0) return byPages;
  return assessExceptionsWeight(content);
}

/**
 * When exceptions outweigh the main path, the reviewers are told too (a warning: splitting
 * the procedure is the team's call, not a missing piece).
 */
function weightIssues(weight: ExceptionsWeight): ReadinessIssue[] {
  if (!weight.outweighs) return [];
  return [
    {
      step: 'exceptions',
      messageKey: 'exceptions:readiness.outweighs',
      params: { count: weight.frequent.length },
      severity: 'warning',
    },
  ];
}

/** The exceptions step's checklist items: each exception decided, a referent, and the weight. */
export async function exceptionsStepReadiness(
  content: PrototypeContent,
): Promise<ReadinessIssue[]> {
  return [...exceptionsReadiness(content), ...weightIssues(await weightOf(content))];
}
