import type { Prototype } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { missingPurposeItems } from './progress';

/** Every purpose item must be written before review, what is out of scope included. */
export function purposeReadiness(prototype: Prototype): ReadinessIssue[] {
  return missingPurposeItems(prototype.purpose).map((item) => ({
    step: 'purpose',
    messageKey: `purpose:readiness.${item}`,
    severity: 'error',
  }));
}
