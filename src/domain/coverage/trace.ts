import type { ProcessGraph } from '../process/graph';
import { replayUpTo } from '../scenarios/replay';
import type { Scenario } from '../scenarios/schema';

/** Where a scenario went when replayed on a process: every element reached and flow taken. */
export interface ScenarioTrace {
  elementIds: ReadonlySet<string>;
  flowIds: ReadonlySet<string>;
}

/**
 * Replays the scenario's actions on the process as it is now, as far as they still apply,
 * and keeps every element reached and every flow taken, automatic moves included.
 */
export function traceScenario(scenario: Scenario, graph: ProcessGraph): ScenarioTrace {
  const elementIds = new Set<string>();
  const flowIds = new Set<string>();
  replayUpTo(scenario, graph, scenario.actions.length, ({ elementId, flowId }) => {
    elementIds.add(elementId);
    if (flowId !== undefined) flowIds.add(flowId);
  });
  return { elementIds, flowIds };
}
