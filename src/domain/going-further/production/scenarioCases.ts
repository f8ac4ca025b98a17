import type { ProcessGraph } from '../../process/graph';
import type { PrototypeContent } from '../../prototype/schema';
import type { Scenario } from '../../scenarios/schema';
import { expectedOf, type Coverage, type TestCase } from './testCase';
import type { Translate } from './translate';

/** Longest answer written in a case: a test plan names the data, it does not hold files. */
const MAX_VALUE = 200;

function answerText(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'boolean' || typeof value === 'number'
        ? String(value)
        : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/**
 * One test case per saved try-out scenario: the requester's answers as its data, the
 * actions played as its steps, the statuses shown and the working days it took as what to
 * expect.
 */
export function scenarioCases(
  t: Translate,
  content: PrototypeContent,
  graph: ProcessGraph,
): TestCase[] {
  const names = new Map(
    graph.elements.map((element) => [element.id, element.name.trim() || element.id]),
  );
  const types = new Map(graph.elements.map((element) => [element.id, element.type]));
  const flows = new Map(graph.flows.map((flow) => [flow.id, flow]));
  const nameOf = (id: string) => names.get(id) ?? t('plan.removedStep');
  return (content.scenarios ?? []).map((scenario: Scenario): TestCase => {
    const covers = new Set<Coverage>();
    const completed = new Set<string>();
    const steps = [t('plan.step.submit')];
    for (const action of scenario.actions) {
      if (action.kind === 'complete') {
        if (completed.has(action.elementId)) covers.add('loop');
        completed.add(action.elementId);
        steps.push(t('plan.step.complete', { name: nameOf(action.elementId) }));
      } else if (action.kind === 'choose') {
        const flow = flows.get(action.flowId);
        const target = flow ? nameOf(flow.targetId) : t('plan.removedStep');
        if (types.get(action.elementId) === 'bpmn:EventBasedGateway') {
          covers.add('event');
          steps.push(t('plan.step.firstEvent', { target }));
        } else {
          steps.push(
            t('plan.step.choose', {
              name: nameOf(action.elementId),
              condition: flow?.name.trim() || target,
            }),
          );
        }
      } else {
        steps.push(
          t('plan.step.trigger', {
            name: nameOf(action.elementId),
            event: nameOf(action.boundaryId),
          }),
        );
      }
    }
    const data = Object.entries(scenario.answers).map(([fieldId, value]) =>
      t('plan.data.answer', {
        label: scenario.answered[fieldId]?.label || fieldId,
        value: answerText(value),
      }),
    );
    const expected = expectedOf(t, content, scenario.statusIds, 0);
    return {
      id: `scenario-${scenario.id}`,
      source: 'scenario',
      title: t('plan.scenarioTitle', { name: scenario.name }),
      covers: [...covers],
      steps,
      data,
      ...expected,
      timeLimits: [
        t('plan.time.scenario', { count: scenario.elapsedDays }),
        ...expected.timeLimits,
      ],
    };
  });
}
