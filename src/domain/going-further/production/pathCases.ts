import type { ProcessElement, ProcessFlow, ProcessGraph } from '../../process/graph';
import { processPaths } from '../../process/paths';
import type { PrototypeContent } from '../../prototype/schema';
import { stableKey } from './caseId';
import { expectedOf, type Coverage, type TestCase } from './testCase';
import type { Translate } from './translate';

const named = (element: ProcessElement | undefined, fallback: string) =>
  element?.name.trim() || fallback;

/** What a person does or checks at one element of a path, with who does it and how long it may take. */
function stepText(
  t: Translate,
  element: ProcessElement,
  next: { flow?: ProcessFlow; target?: ProcessElement; ways: number },
): string {
  const name = named(element, element.id);
  switch (element.kind) {
    case 'start':
      return t('plan.step.start', { name });
    case 'end':
      return t('plan.step.end', { name });
    case 'event':
      return t('plan.step.wait', { name });
    case 'gateway': {
      const target = named(next.target, next.flow?.targetId ?? '');
      if (next.ways < 2) return t('plan.step.pass', { name });
      if (element.type === 'bpmn:ParallelGateway') return t('plan.step.branch', { name, target });
      if (element.type === 'bpmn:EventBasedGateway') return t('plan.step.firstEvent', { target });
      return t('plan.step.choose', { name, condition: next.flow?.name.trim() || target });
    }
    case 'task':
    case 'other': {
      const who = element.role ?? element.lane;
      const base = who ? t('plan.step.taskBy', { name, role: who }) : t('plan.step.task', { name });
      return element.delayDays === undefined
        ? base
        : `${base} ${t('plan.step.within', { count: element.delayDays })}`;
    }
  }
}

/** What a path covers beyond a straight line: a loop walked once, a parallel branch, an awaited event. */
function coverageOf(elements: ProcessElement[], ways: (id: string) => number): Coverage[] {
  const covers = new Set<Coverage>();
  const seen = new Set<string>();
  for (const element of elements) {
    if (seen.has(element.id)) covers.add('loop');
    seen.add(element.id);
    if (ways(element.id) > 1 && element.type === 'bpmn:ParallelGateway') covers.add('parallel');
    if (element.type === 'bpmn:EventBasedGateway') covers.add('event');
  }
  return [...covers];
}

/**
 * One test case per path of the process (`processPaths`): from a start to each end, each
 * loop walked once, each branch of a parallel split and each event of an event-based
 * gateway on a path of its own. Its data are the choices that lead along it.
 */
export function pathCases(
  t: Translate,
  content: PrototypeContent,
  graph: ProcessGraph,
  maxPaths?: number,
): { cases: TestCase[]; truncated: boolean } {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const outgoing = new Map<string, ProcessFlow[]>();
  for (const flow of graph.flows) {
    outgoing.set(flow.sourceId, [...(outgoing.get(flow.sourceId) ?? []), flow]);
  }
  const ways = (id: string) => outgoing.get(id)?.length ?? 0;
  const { paths, truncated } = processPaths(graph, maxPaths);
  const cases = paths.map((path, index): TestCase => {
    const elements = path.elementIds.flatMap((id) => byId.get(id) ?? []);
    const steps: string[] = [];
    const data: string[] = [];
    elements.forEach((element, at) => {
      const nextId = path.elementIds[at + 1];
      const flow = outgoing.get(element.id)?.find((each) => each.targetId === nextId);
      const next = { flow, target: nextId ? byId.get(nextId) : undefined, ways: ways(element.id) };
      steps.push(stepText(t, element, next));
      if (element.kind === 'gateway' && next.ways > 1 && flow?.name.trim()) {
        data.push(
          t('plan.data.choice', { name: named(element, element.id), condition: flow.name }),
        );
      }
    });
    const last = elements.at(-1);
    const end = named(last, last?.id ?? '');
    const delays = elements.reduce((sum, element) => sum + (element.delayDays ?? 0), 0);
    return {
      id: `path-${stableKey(path.elementIds)}`,
      source: 'path',
      title: path.reachesEnd
        ? t('plan.pathTitle', { number: index + 1, end })
        : t('plan.deadEndTitle', { number: index + 1, end }),
      covers: coverageOf(elements, ways),
      steps,
      data: [t('plan.data.sample'), ...data],
      ...expectedOf(
        t,
        content,
        elements.flatMap((element) => element.statusId ?? []),
        delays,
      ),
    };
  });
  return { cases, truncated };
}
