import { describe, expect, it } from 'vitest';
import { processPaths } from '../../../src/domain/process/paths';
import { defaultStatusIds, defaultTracking } from '../../../src/domain/tracking/defaults';
import {
  answerClockAt,
  stopsAlongPath,
  stopsInListOrder,
  trackingPageAt,
} from '../../../src/domain/tracking/timeline';
import { processGraph } from './support';

describe('tracking page timeline', () => {
  it('follows the statuses a path sets, with the working days elapsed', async () => {
    const graph = await processGraph();
    const path = processPaths(graph).paths[0];
    if (!path) throw new Error('No path.');
    const byId = new Map(graph.elements.map((element) => [element.id, element]));
    expect(stopsAlongPath(path, byId).map((stop) => [stop.statusId, stop.dayOffset])).toEqual([
      [defaultStatusIds.submitted, 0],
      [defaultStatusIds.checking, 0],
      [defaultStatusIds.waitingDocuments, 5],
      [defaultStatusIds.checking, 35],
      [defaultStatusIds.examining, 40],
      [defaultStatusIds.accepted, 61],
    ]);
  });

  it('without a process, goes through the statuses in order to the chosen final one', () => {
    const { statuses } = defaultTracking();
    expect(stopsInListOrder(statuses, defaultStatusIds.refused).map((s) => s.statusId)).toEqual([
      defaultStatusIds.submitted,
      defaultStatusIds.checking,
      defaultStatusIds.waitingDocuments,
      defaultStatusIds.examining,
      defaultStatusIds.refused,
    ]);
  });

  it('shows the requester only the visible statuses reached, and the messages sent on them', () => {
    const tracking = defaultTracking();
    tracking.statuses = tracking.statuses.map((status) =>
      status.id === defaultStatusIds.checking ? { ...status, visibleToRequester: false } : status,
    );
    const stops = stopsInListOrder(tracking.statuses);
    const page = trackingPageAt(stops, 2, tracking);
    expect(page.timeline.map((entry) => entry.status.id)).toEqual([
      defaultStatusIds.submitted,
      defaultStatusIds.waitingDocuments,
    ]);
    expect(page.current?.id).toBe(defaultStatusIds.waitingDocuments);
    expect(page.hiddenCount).toBe(1);
    expect(page.messages.map((entry) => entry.message.id)).toEqual([
      'message-submitted',
      'message-waiting-documents',
    ]);
  });
});

describe('the response time’s clock on the tracking page', () => {
  const { statuses } = defaultTracking();
  // Submitted, checked, then 30 days waiting for documents, checked again, examined.
  const stops = [
    { statusId: defaultStatusIds.submitted, dayOffset: 0 },
    { statusId: defaultStatusIds.checking, dayOffset: 0 },
    { statusId: defaultStatusIds.waitingDocuments, dayOffset: 5 },
    { statusId: defaultStatusIds.checking, dayOffset: 35 },
    { statusId: defaultStatusIds.examining, dayOffset: 40 },
  ];

  it('runs from submission when a request for documents changes nothing', () => {
    expect(answerClockAt(stops, 4, statuses, 'runs')).toEqual({ kind: 'running', shift: 0 });
    expect(answerClockAt(stops, 2, statuses, 'runs')).toEqual({ kind: 'running', shift: 0 });
  });

  it('is stopped while documents are awaited, and moved by the time waited afterwards', () => {
    expect(answerClockAt(stops, 1, statuses, 'suspends')).toEqual({ kind: 'running', shift: 0 });
    expect(answerClockAt(stops, 2, statuses, 'suspends')).toEqual({ kind: 'suspended' });
    expect(answerClockAt(stops, 4, statuses, 'suspends')).toEqual({ kind: 'running', shift: 30 });
  });

  it('starts again from the day the documents arrived when it restarts', () => {
    expect(answerClockAt(stops, 2, statuses, 'restarts')).toEqual({ kind: 'restarts' });
    expect(answerClockAt(stops, 4, statuses, 'restarts')).toEqual({ kind: 'running', shift: 35 });
  });
});
