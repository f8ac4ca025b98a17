import type { Prototype } from '../prototype/schema';

/**
 * Tracking is in place once the team has decided the response time told to requesters
 * and the process sets the statuses they see.
 */
export function isTrackingStarted(prototype: Prototype): boolean {
  return (
    prototype.tracking.statuses.length > 0 &&
    prototype.tracking.commitment.days !== null &&
    prototype.process.bpmnXml.includes('fabrik:status')
  );
}
