import type { ProcessElement, ProcessElementKind, ProcessGraph } from './graph';

/** One way out of a step: where it leads, on which condition, and whether it goes back. */
export interface WayOut {
  flowId: string;
  /** The flow's name: the condition under which it is taken (« Oui », « Acceptée »). */
  condition: string;
  targetId: string;
  targetName: string;
  targetKind: ProcessElementKind;
  /** Its target comes earlier in the order: the process goes back there (a loop). */
  loop: boolean;
}

export interface DescribedStep {
  id: string;
  /** Position in reading order, from 1. */
  number: number;
  kind: ProcessElementKind;
  name: string;
  role?: string;
  delayDays?: number;
  /**
   * How the ways out are taken: `all` at once (parallel branches), the `first` event that
   * happens, `one` chosen by its condition, or a plain `next` step.
   */
  split: 'next' | 'one' | 'all' | 'first';
  ways: WayOut[];
}

const splitOf = (element: ProcessElement, ways: number): DescribedStep['split'] => {
  if (ways < 2) return 'next';
  if (element.type === 'bpmn:ParallelGateway') return 'all';
  if (element.type === 'bpmn:EventBasedGateway') return 'first';
  if (element.kind === 'gateway') return 'one';
  // Several flows out of a task, without a gateway: BPMN takes them all.
  return 'all';
};

/**
 * The process as text, for someone who cannot see the diagram: every step in reading
 * order (from the starts, breadth first, so that a step comes after what leads to it),
 * with who does it, its time limit and each way out. Steps nothing leads to come last.
 */
export function describeProcess(graph: ProcessGraph): DescribedStep[] {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const outgoing = new Map<string, typeof graph.flows>();
  for (const flow of graph.flows) {
    outgoing.set(flow.sourceId, [...(outgoing.get(flow.sourceId) ?? []), flow]);
  }
  const order: ProcessElement[] = [];
  const seen = new Set<string>();
  const visit = (starts: ProcessElement[]) => {
    const queue = starts.filter((element) => !seen.has(element.id));
    for (const element of queue) seen.add(element.id);
    while (queue.length > 0) {
      const element = queue.shift() as ProcessElement;
      order.push(element);
      for (const flow of outgoing.get(element.id) ?? []) {
        const target = byId.get(flow.targetId);
        if (target && !seen.has(target.id)) {
          seen.add(target.id);
          queue.push(target);
        }
      }
    }
  };
  // Then what nothing leads to (a boundary event, a step left unlinked), in diagram order.
  const shown = graph.elements.filter((element) => element.kind !== 'other');
  visit(shown.filter((element) => element.kind === 'start'));
  for (const element of shown) visit([element]);

  const position = new Map(order.map((element, index) => [element.id, index]));
  return order.map((element, index) => {
    const flows = outgoing.get(element.id) ?? [];
    return {
      id: element.id,
      number: index + 1,
      kind: element.kind,
      name: element.name.trim(),
      role: element.role,
      delayDays: element.delayDays,
      split: splitOf(element, flows.length),
      ways: flows.map((flow) => ({
        flowId: flow.id,
        condition: flow.name.trim(),
        targetId: flow.targetId,
        targetName: byId.get(flow.targetId)?.name.trim() ?? '',
        targetKind: byId.get(flow.targetId)?.kind ?? 'other',
        loop: (position.get(flow.targetId) ?? Infinity) <= index,
      })),
    };
  });
}
