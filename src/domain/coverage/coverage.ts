/**
 * What the saved scenarios cover of a prototype, like a test suite's coverage: the process
 * paths they go along and both ways of each form condition they reach, and so what no
 * scenario reaches. Pure: the caller passes the process graph read from the BPMN.
 */
import type { Form } from '../form/schema';
import type { ProcessGraph } from '../process/graph';
import { processPaths, type ProcessPath } from '../process/paths';
import { answersOn } from '../scenarios/replay';
import type { Scenario } from '../scenarios/schema';
import { branchesReached, conditionBranches, type ConditionBranch } from './conditions';
import { coversPath, flowsAlong } from './paths';
import { traceScenario } from './trace';

export interface PathCoverage {
  path: ProcessPath;
  /** Ids of the scenarios that go along it, in the scenarios' order. */
  scenarioIds: string[];
}

export interface ConditionCoverage {
  branch: ConditionBranch;
  /** Ids of the scenarios whose answers make the condition go this way. */
  scenarioIds: string[];
}

export interface Coverage {
  paths: PathCoverage[];
  /** True when the process has more paths than were walked: `paths` is a sample. */
  truncated: boolean;
  conditions: ConditionCoverage[];
  /** The elements and flows of the paths some scenario goes along: what the diagram marks. */
  covered: { elementIds: string[]; flowIds: string[] };
}

/** Which paths and condition branches of the prototype as it is now the scenarios reach. */
export function scenarioCoverage(
  scenarios: readonly Scenario[],
  target: { form: Form; graph: ProcessGraph | null },
): Coverage {
  const { form, graph } = target;
  const walked = graph ? processPaths(graph) : { paths: [], truncated: false };
  const traces = graph ? scenarios.map((scenario) => traceScenario(scenario, graph)) : [];
  const paths = walked.paths.map((path) => ({
    path,
    scenarioIds: scenarios
      .filter((_, index) => graph && coversPath(graph, path, traces[index]!))
      .map((scenario) => scenario.id),
  }));

  const reached = scenarios.map((scenario) => branchesReached(form, answersOn(scenario, form)));
  const conditions = conditionBranches(form).map((branch) => ({
    branch,
    scenarioIds: scenarios
      .filter((_, index) => reached[index]!.has(branch.id))
      .map((scenario) => scenario.id),
  }));

  const elementIds = new Set<string>();
  const flowIds = new Set<string>();
  for (const { path, scenarioIds } of paths) {
    if (scenarioIds.length === 0 || !graph) continue;
    path.elementIds.forEach((id) => elementIds.add(id));
    flowsAlong(graph, path).forEach((flow) => flow && flowIds.add(flow.id));
  }
  return {
    paths,
    truncated: walked.truncated,
    conditions,
    covered: { elementIds: [...elementIds], flowIds: [...flowIds] },
  };
}
