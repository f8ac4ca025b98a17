/**
 * An inclusive gateway that merges waits for the ways that were taken, not for every one:
 * BPMN lets the request on once no token elsewhere can still reach the gateway. The
 * try-out keeps its waiting tokens with the parallel joins' (`TryoutRun.joins`).
 */
import type { ProcessElement, ProcessFlow } from '../process/graph';

export const isInclusive = (element: ProcessElement) => element.type === 'bpmn:InclusiveGateway';

/**
 * Whether a token on any of `fromIds` may still come to `joinId`: along the flows, and
 * through the boundary events of the tasks on the way (a timer may still run out). A
 * token on the gateway itself is past it.
 */
export function canStillReach(
  outgoing: ReadonlyMap<string, readonly ProcessFlow[]>,
  boundaries: ReadonlyMap<string, readonly string[]>,
  fromIds: Iterable<string>,
  joinId: string,
): boolean {
  const seen = new Set<string>([joinId]);
  const queue = [...fromIds].filter((id) => !seen.has(id));
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const next = [
      ...(outgoing.get(id) ?? []).map((flow) => flow.targetId),
      ...(boundaries.get(id) ?? []),
    ];
    if (next.includes(joinId)) return true;
    queue.push(...next);
  }
  return false;
}
