/**
 * A parallel join waits until a token has come through each of its incoming flows: then
 * one token per flow is consumed and the request goes on, from the latest of them. Tokens
 * that come again through a flow already delivered wait for the next round.
 */

/** A token waiting at a parallel join: the flow it came through and the day it came. */
export interface JoinArrival {
  /** Absent when it did not come through a flow of the graph known to the run. */
  flowId?: string;
  day: number;
}

/**
 * What a run keeps per parallel join. A bare number is the day of an arrival stored
 * before the flows were tracked: it stands for a flow that has not delivered otherwise.
 */
export type StoredJoinArrival = JoinArrival | number;

const read = (arrival: StoredJoinArrival): JoinArrival =>
  typeof arrival === 'number' ? { day: arrival } : arrival;

/**
 * Adds `arrival` to the tokens waiting at a join whose incoming flows are `incoming`.
 * Returns the tokens still waiting, and the day the request goes on if it does.
 */
export function arriveAtJoin(
  stored: readonly StoredJoinArrival[],
  incoming: readonly string[],
  arrival: JoinArrival,
): { waiting: JoinArrival[]; releasedDay?: number } {
  const waiting = [...stored.map(read), arrival];
  const taken = new Set<number>();
  for (const flowId of incoming) {
    const at = waiting.findIndex((each, index) => !taken.has(index) && each.flowId === flowId);
    if (at >= 0) taken.add(at);
  }
  // Arrivals of no incoming flow (stored before flows were tracked, or of a flow since
  // removed) fill in for the flows still missing, as they were counted before.
  const missing = incoming.length - taken.size;
  const known = new Set(incoming);
  const stand = waiting
    .map((each, index) => ({ each, index }))
    .filter(({ each }) => each.flowId === undefined || !known.has(each.flowId))
    .slice(0, missing);
  if (stand.length < missing) return { waiting };
  for (const { index } of stand) taken.add(index);
  return {
    waiting: waiting.filter((_, index) => !taken.has(index)),
    releasedDay: Math.max(...waiting.filter((_, index) => taken.has(index)).map((e) => e.day)),
  };
}
