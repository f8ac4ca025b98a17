import type { Prototype } from '../prototype/schema';

/** Tracking has started once the process tells the requester where their request is. */
export function isTrackingStarted(prototype: Prototype): boolean {
  return (
    prototype.tracking.statuses.length > 0 && prototype.process.bpmnXml.includes('fabrik:status')
  );
}
