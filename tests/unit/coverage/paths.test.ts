import { describe, expect, it } from 'vitest';
import { scenarioCoverage } from '../../../src/domain/coverage/coverage';
import { pathSteps } from '../../../src/domain/coverage/paths';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import { scenarioFromRun } from '../../../src/domain/scenarios/record';
import { chooseFlow, completeStep, startRun, type TryoutRun } from '../../../src/domain/tryout/run';
import { acceptedScenario, form, graph, timedOutScenario } from '../scenarios/fixtures';
import { graphOf, splitAndJoin, tokenOn } from '../tryout/support';

const saved = (run: TryoutRun, id: string) =>
  scenarioFromRun(
    { form, answers: {}, run },
    { id, name: id, savedAt: '2026-11-23T10:00:00.000Z' },
  );

const covering = (coverage: ReturnType<typeof scenarioCoverage>) =>
  coverage.paths.map(({ path, scenarioIds }) => [path.elementIds.join('>'), scenarioIds]);

describe('path coverage', () => {
  it('says which scenario goes along each path, and none for the path nobody played', () => {
    const coverage = scenarioCoverage([acceptedScenario(), timedOutScenario()], { form, graph });
    expect(covering(coverage)).toEqual([
      ['start>check>decision>accept>end', ['sc-accepted']],
      ['start>check>decision>refuse>end', []],
    ]);
    expect(coverage.covered.elementIds).toEqual(['start', 'check', 'decision', 'accept', 'end']);
    expect(coverage.covered.flowIds).toEqual([
      'start-check',
      'check-decision',
      'decision-accept',
      'accept-end',
    ]);
  });

  it('counts a scenario that went round the loop for the path with the loop, not without', async () => {
    const process = await graphOf(defaultDiagramXml);
    const act = (run: TryoutRun, elementId: string, flowId?: string) => {
      const token = tokenOn(run, elementId);
      return flowId
        ? chooseFlow(process, run, token.id, flowId)
        : completeStep(process, run, token.id);
    };
    let run = startRun(process);
    run = act(run, 'Task_CheckCompleteness');
    run = act(run, 'Gateway_Complete', 'Flow_Incomplete');
    run = act(run, 'Task_RequestDocuments');
    run = act(run, 'Gateway_DocumentsWait', 'Flow_WaitReceived');
    run = act(run, 'Task_CheckCompleteness');
    run = act(run, 'Gateway_Complete', 'Flow_Complete');
    run = act(run, 'Task_Examine');
    run = act(run, 'Task_Decide');
    run = act(run, 'Gateway_Decision', 'Flow_Accepted');
    run = act(run, 'Task_NotifyAcceptance');

    const coverage = scenarioCoverage([saved(run, 'loop')], { form, graph: process });
    const covered = coverage.paths.filter((entry) => entry.scenarioIds.length > 0);
    expect(covered).toHaveLength(1);
    expect(
      covered[0]!.path.elementIds.filter((id) => id === 'Task_CheckCompleteness'),
    ).toHaveLength(2);
    expect(covered[0]!.path.elementIds.at(-1)).toBe('EndEvent_Accepted');
    // The accepted path without the loop is not played by this scenario.
    const straight = coverage.paths.find(
      ({ path }) =>
        path.elementIds.at(-1) === 'EndEvent_Accepted' &&
        !path.elementIds.includes('Task_RequestDocuments'),
    );
    expect(straight?.scenarioIds).toEqual([]);
  });

  it('counts both branches of a parallel split as played by one scenario', () => {
    const parallel = splitAndJoin();
    let run = startRun(parallel);
    run = completeStep(parallel, run, tokenOn(run, 'a').id);
    const halfway = saved(run, 'halfway');
    run = completeStep(parallel, run, tokenOn(run, 'b').id);
    const through = saved(run, 'through');
    expect(covering(scenarioCoverage([halfway, through], { form, graph: parallel }))).toEqual([
      ['start>split>a>join>end', ['through']],
      ['start>split>b>join>end', ['through']],
    ]);
  });

  it('covers nothing of a process it cannot read, and no path of a scenario stopped early', () => {
    expect(scenarioCoverage([acceptedScenario()], { form, graph: null }).paths).toEqual([]);
    const started = saved(startRun(graph), 'started');
    const coverage = scenarioCoverage([started], { form, graph });
    expect(coverage.paths.every(({ scenarioIds }) => scenarioIds.length === 0)).toBe(true);
    expect(coverage.covered).toEqual({ elementIds: [], flowIds: [] });
  });

  it('names a path by its steps, with the way taken at each gateway', () => {
    const [accepted] = scenarioCoverage([], { form, graph }).paths;
    expect(pathSteps(graph, accepted!.path)).toEqual([
      { elementId: 'start', name: 'start' },
      { elementId: 'check', name: 'check' },
      { elementId: 'decision', name: 'decision', way: 'Oui' },
      { elementId: 'accept', name: 'accept' },
      { elementId: 'end', name: 'end' },
    ]);
  });
});
