import { assessExceptionsWeight } from '../exceptions/assessWeight';
import { exceptionsReadiness } from '../exceptions/readiness';
import { weighExceptions, type ExceptionsWeight } from '../exceptions/weight';
import { formReadiness } from '../form/readiness';
import { processReadiness } from '../process/readiness';
import type { Prototype, PrototypeContent } from '../prototype/schema';
import { purposeReadiness } from '../purpose/readiness';
import type { ReadinessIssue } from '../readiness';
import { stepIds } from '../steps';
import { trackingReadiness } from '../tracking/readiness';

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

/**
 * The readiness checklist: every step's own items, in step order. The purpose is written
 * (what is out of scope included), every field is justified and no condition is broken, the
 * process checks are clean, every status is reachable and every message valid, every
 * exception has a decision, and the team has a referent (`exceptionsReadiness` adds it);
 * and whether the exceptions outweigh the main path.
 */
export async function collectReadiness(content: PrototypeContent): Promise<ReadinessIssue[]> {
  // The checks read the content only; a received file has no bookkeeping of this browser.
  const prototype: Prototype = {
    ...content,
    status: 'draft',
    createdAt: '',
    updatedAt: '',
    revision: 0,
  };
  const [processIssues, trackingIssues, weight] = await Promise.all([
    processReadiness(prototype),
    trackingReadiness(prototype),
    weightOf(prototype),
  ]);
  const issues = [
    ...purposeReadiness(prototype),
    ...formReadiness(prototype),
    ...processIssues,
    ...trackingIssues,
    ...exceptionsReadiness(prototype),
    ...weightIssues(weight),
  ];
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) => stepIds.indexOf(a.issue.step) - stepIds.indexOf(b.issue.step) || a.index - b.index,
    )
    .map(({ issue }) => issue);
}

/** What blocks a submission: the errors (warnings are shown, not blocking). */
export function blockingIssues(issues: readonly ReadinessIssue[]): ReadinessIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}

/** What the referent confirms when submitting, beyond what Fabrik can check. */
export const declarationIds = [
  'teamSawFinal',
  'personalDataNecessary',
  'exceptionsAccepted',
] as const;

export type DeclarationId = (typeof declarationIds)[number];
