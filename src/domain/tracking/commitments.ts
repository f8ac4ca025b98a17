import type { ProcessElement, ProcessGraph } from '../process/graph';
import { processPaths, type ProcessPath } from '../process/paths';
import type { Commitment, Status } from './schema';
import { longestCalendarSpan } from './workingDays';

export interface PathDuration {
  path: ProcessPath;
  /** Working days counted against the response time, given what a documents request does. */
  days: number;
  /** Working days spent waiting for the requester along the path. */
  waitingDays: number;
  /** Steps on the path with no time limit: `days` is then a minimum. */
  stepsWithoutDelay: ProcessElement[];
  /** The last status the path sets: how the request ends. */
  lastStatusId?: string;
}

export interface CommitmentAnalysis {
  /** Every path that reaches an end, with its duration. */
  paths: PathDuration[];
  /** Whether there were too many paths to list them all. */
  truncated: boolean;
  /** The longest duration: the shortest response time the service can keep on every path. */
  longestDays: number | null;
  /** Paths longer than the response time told to requesters. */
  breaking: PathDuration[];
  /** The most calendar days the longest path can take, weekends and public holidays included. */
  longestCalendarDays: number | null;
  /** Whether the longest path may outlast the silence period (in calendar days). */
  outlastsSilence: boolean;
}

/**
 * How long a request takes along one path, from the time limits of its steps. A step's
 * own delay counts under the status it sets, or the status in force when it sets none.
 * Time in a status that waits for the requester is counted, skipped (the clock is
 * suspended), or wipes what came before (the clock restarts when the documents arrive).
 */
export function pathDuration(
  path: ProcessPath,
  byId: ReadonlyMap<string, ProcessElement>,
  statuses: readonly Status[],
  documentsRequest: Commitment['documentsRequest'],
): PathDuration {
  const waiting = new Set(statuses.filter((s) => s.waitsForRequester).map((s) => s.id));
  let statusId: string | undefined;
  let days = 0;
  let waitingDays = 0;
  const stepsWithoutDelay: ProcessElement[] = [];
  for (const id of path.elementIds) {
    const element = byId.get(id);
    if (!element) continue;
    statusId = element.statusId ?? statusId;
    if (element.kind === 'task' && element.delayDays === undefined) {
      if (!stepsWithoutDelay.includes(element)) stepsWithoutDelay.push(element);
    }
    const delay = element.delayDays ?? 0;
    if (statusId !== undefined && waiting.has(statusId)) {
      waitingDays += delay;
      if (documentsRequest === 'runs') days += delay;
      if (documentsRequest === 'restarts') days = 0;
    } else {
      days += delay;
    }
  }
  return { path, days, waitingDays, stepsWithoutDelay, lastStatusId: statusId };
}

/**
 * `today`: the calendar span is the longest for a request sent within a year from it. The
 * caller passes the day (the screen its clock's): the domain never reads the clock itself.
 */
export function analyseCommitment(
  graph: ProcessGraph,
  statuses: readonly Status[],
  commitment: Commitment,
  today: Date,
): CommitmentAnalysis {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const { paths, truncated } = processPaths(graph);
  const durations = paths
    .filter((path) => path.reachesEnd)
    .map((path) => pathDuration(path, byId, statuses, commitment.documentsRequest));
  const longestDays = durations.length > 0 ? Math.max(...durations.map((p) => p.days)) : null;
  const promised = commitment.days;
  const longestCalendarDays =
    longestDays === null ? null : longestCalendarSpan(Math.ceil(longestDays), today);
  return {
    paths: durations,
    truncated,
    longestDays,
    longestCalendarDays,
    breaking: promised === null ? [] : durations.filter((p) => p.days > promised),
    outlastsSilence:
      commitment.silence !== 'none' &&
      commitment.silenceAfterDays !== null &&
      longestCalendarDays !== null &&
      longestCalendarDays > commitment.silenceAfterDays,
  };
}
