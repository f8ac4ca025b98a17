import type { Prototype } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { openQuestions } from './questions';

/** The frame's open questions do not block a review: they are warnings. */
export function frameReadiness(prototype: Prototype): ReadinessIssue[] {
  return openQuestions(prototype.frame, prototype).map(({ messageKey, params }) => ({
    step: 'frame',
    messageKey,
    ...(params ? { params } : {}),
    severity: 'warning',
  }));
}
