import type { ProcessGraph } from '../process/graph';
import { processPaths } from '../process/paths';
import type { Status } from './schema';

/** How long the process keeps a request in one status, at most, over all its paths. */
export interface TimeInStatus {
  /** Working days of the steps done while the status is in force (the one setting it included). */
  days: number;
  /** The longest timed wait (a timer event) while the status is in force: 0 without one. */
  wait: number;
}

/**
 * The time the process gives each status it sets. A step's own delay counts under the
 * status it sets, or the status in force when it sets none (as for the commitment).
 */
export function timeInStatuses(graph: ProcessGraph): Map<string, TimeInStatus> {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const times = new Map<string, TimeInStatus>();
  const keep = (statusId: string | undefined, days: number, wait: number) => {
    if (statusId === undefined) return;
    const known = times.get(statusId) ?? { days: 0, wait: 0 };
    times.set(statusId, { days: Math.max(known.days, days), wait: Math.max(known.wait, wait) });
  };
  for (const path of processPaths(graph).paths) {
    let statusId: string | undefined;
    let days = 0;
    let wait = 0;
    for (const id of path.elementIds) {
      const element = byId.get(id);
      if (!element) continue;
      if (element.statusId !== undefined && element.statusId !== statusId) {
        keep(statusId, days, wait);
        statusId = element.statusId;
        days = 0;
        wait = 0;
      }
      const delay = element.delayDays ?? 0;
      days += delay;
      if (element.kind === 'event') wait = Math.max(wait, delay);
    }
    keep(statusId, days, wait);
  }
  return times;
}

/**
 * A status's time limit the process no longer backs: no step sets the status any more,
 * the steps that set it take no time, or they take another number of days. A status that
 * waits for the requester is measured by its timed wait (« Pas de réponse sous 30 jours »),
 * since the requester's days to act end when that timer fires.
 */
export type TimeLimitProblem =
  | { kind: 'noStep'; status: Status; days: number }
  | { kind: 'noTime'; status: Status; days: number }
  | { kind: 'differs'; status: Status; days: number; processDays: number };

export function timeLimitProblems(
  graph: ProcessGraph,
  statuses: readonly Status[],
): TimeLimitProblem[] {
  const times = timeInStatuses(graph);
  const setters = new Set(graph.elements.map((element) => element.statusId));
  return statuses.flatMap((status): TimeLimitProblem[] => {
    const days = status.timeLimitDays;
    if (days === null || status.final) return [];
    if (!setters.has(status.id)) return [{ kind: 'noStep', status, days }];
    const time = times.get(status.id) ?? { days: 0, wait: 0 };
    const processDays = status.waitsForRequester ? time.wait : time.days;
    if (processDays === 0) return [{ kind: 'noTime', status, days }];
    return processDays === days ? [] : [{ kind: 'differs', status, days, processDays }];
  });
}
