import type { ProcessElement } from '../process/graph';
import type { ProcessPath } from '../process/paths';
import type { Message, Status, Tracking } from './schema';

/** A status a request passes through, so many working days after submission. */
export interface StatusStop {
  statusId: string;
  dayOffset: number;
  /** The step that sets it, when the stops come from the process. */
  elementId?: string;
}

/** The statuses a request meets along a path of the process, in order. */
export function stopsAlongPath(
  path: ProcessPath,
  byId: ReadonlyMap<string, ProcessElement>,
): StatusStop[] {
  const stops: StatusStop[] = [];
  let elapsed = 0;
  for (const id of path.elementIds) {
    const element = byId.get(id);
    if (!element) continue;
    if (element.statusId && element.statusId !== stops.at(-1)?.statusId) {
      stops.push({ statusId: element.statusId, dayOffset: elapsed, elementId: element.id });
    }
    elapsed += element.delayDays ?? 0;
  }
  return stops;
}

/**
 * Before the process maps statuses, a request is shown going through the statuses in
 * their order, skipping the other final ones, each for its time limit.
 */
export function stopsInListOrder(statuses: readonly Status[], finalId?: string): StatusStop[] {
  const stops: StatusStop[] = [];
  let elapsed = 0;
  for (const status of statuses) {
    if (status.final && status.id !== (finalId ?? statuses.find((s) => s.final)?.id)) continue;
    stops.push({ statusId: status.id, dayOffset: elapsed });
    elapsed += status.timeLimitDays ?? 0;
  }
  return stops;
}

export interface TrackingPageModel {
  /** The statuses the requester sees, up to where the request is. */
  timeline: { status: Status; dayOffset: number }[];
  /** The status the requester sees now. */
  current?: Status;
  /** Messages received so far, oldest first. */
  messages: { message: Message; dayOffset: number }[];
  /** Internal statuses passed that the requester does not see. */
  hiddenCount: number;
}

/** What the requester's tracking page shows once the request has reached `stops[reached]`. */
export function trackingPageAt(
  stops: readonly StatusStop[],
  reached: number,
  tracking: Pick<Tracking, 'statuses' | 'messages'>,
): TrackingPageModel {
  const byId = new Map(tracking.statuses.map((status) => [status.id, status]));
  const model: TrackingPageModel = { timeline: [], messages: [], hiddenCount: 0 };
  for (const stop of stops.slice(0, reached + 1)) {
    const status = byId.get(stop.statusId);
    if (!status) continue;
    if (status.visibleToRequester) model.timeline.push({ status, dayOffset: stop.dayOffset });
    else model.hiddenCount += 1;
    for (const message of tracking.messages) {
      if (message.statusId === status.id)
        model.messages.push({ message, dayOffset: stop.dayOffset });
    }
  }
  model.current = model.timeline.at(-1)?.status;
  return model;
}

/** Where the response time's clock stands at a point of the request's path. */
export type AnswerClock =
  /** It runs, started `shift` working days after submission (the pauses before now). */
  | { kind: 'running'; shift: number }
  /** The requester is being waited for and the clock is stopped until they act. */
  | { kind: 'suspended' }
  /** The requester is being waited for and the clock starts again from zero when they act. */
  | { kind: 'restarts' };

/**
 * The response time's clock once the request has reached `stops[reached]`, given what a
 * request for documents does to it: it runs on, it is suspended (the time waited moves
 * the answer later), or it restarts from the day the requester acted.
 */
export function answerClockAt(
  stops: readonly StatusStop[],
  reached: number,
  statuses: readonly Status[],
  documentsRequest: Tracking['commitment']['documentsRequest'],
): AnswerClock {
  if (documentsRequest === 'runs') return { kind: 'running', shift: 0 };
  const waits = new Set(statuses.filter((s) => s.waitsForRequester).map((s) => s.id));
  const current = stops[reached];
  if (current && waits.has(current.statusId)) {
    return { kind: documentsRequest === 'suspends' ? 'suspended' : 'restarts' };
  }
  let shift = 0;
  for (let index = 0; index < reached; index++) {
    const stop = stops[index] as StatusStop;
    const next = stops[index + 1] as StatusStop;
    if (!waits.has(stop.statusId)) continue;
    shift =
      documentsRequest === 'suspends' ? shift + next.dayOffset - stop.dayOffset : next.dayOffset;
  }
  return { kind: 'running', shift };
}

/**
 * The day the next step is due, as the requester's page says it: never after the answer
 * the service commits to (`answerOffset`), so the page cannot promise a next step later
 * than the decision itself.
 */
export function nextStepOffset(
  currentOffset: number,
  timeLimitDays: number,
  answerOffset: number | undefined,
): number {
  const due = currentOffset + timeLimitDays;
  return answerOffset === undefined ? due : Math.min(due, answerOffset);
}
