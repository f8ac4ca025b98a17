import type { Prototype, PrototypeContent } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { stepIds } from '../steps/ids';
import { steps, type ReadinessCheck, type ReadinessContext } from '../steps/registry';

/**
 * The readiness checklist: every step's own items (the registry's `readiness`), in step
 * order. The purpose is written (what is out of scope included), every field is justified
 * and no condition is broken, the process checks are clean, every status is reachable and
 * every message valid, every exception has a decision, and the team has a referent; and
 * whether the exceptions outweigh the main path.
 */
export async function collectReadiness(
  content: PrototypeContent,
  context: ReadinessContext,
): Promise<ReadinessIssue[]> {
  // The checks read the content only; a received file has no bookkeeping of this browser.
  const prototype: Prototype = {
    ...content,
    status: 'draft',
    createdAt: '',
    updatedAt: '',
    revision: 0,
  };
  // The checks load one at a time (Node cannot load bpmnlint's CommonJS while another
  // import is loading its dependencies), then run together.
  const checks: ReadinessCheck[] = [];
  for (const step of steps) if (step.readiness) checks.push(await step.readiness());
  const perStep = await Promise.all(checks.map((check) => check(prototype, context)));
  // A step's check may file an item under another step (the team's, found with the
  // exceptions): the list is ordered by the step each item names.
  return perStep
    .flat()
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
