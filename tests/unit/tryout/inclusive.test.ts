import { describe, expect, it } from 'vitest';
import { scenarioCoverage } from '../../../src/domain/coverage/coverage';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { scenarioFromRun } from '../../../src/domain/scenarios/record';
import { replayScenario } from '../../../src/domain/scenarios/replay';
import {
  chooseFlow,
  chooseFlows,
  completeStep,
  isRunOver,
  pendingActions,
  startRun,
  type TryoutRun,
} from '../../../src/domain/tryout/run';
import { form, target, today } from '../scenarios/fixtures';
import { flow, node, tokenOn } from './support';

const inclusive = { type: 'bpmn:InclusiveGateway' };

// Which documents to ask for: any of the three, then the file goes on once those asked
// for are in.
const graph: ProcessGraph = {
  elements: [
    node('start', 'start'),
    node('split', 'gateway', { ...inclusive, name: 'Pièces à demander' }),
    node('id', 'task', { delayDays: 2 }),
    node('income', 'task', { delayDays: 5 }),
    node('lease', 'task', { delayDays: 3 }),
    node('join', 'gateway', inclusive),
    node('decide', 'task', { delayDays: 1 }),
    node('end', 'end'),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 'id', 'Identité'),
    flow('split', 'income', 'Revenus'),
    flow('split', 'lease', 'Bail'),
    flow('id', 'join'),
    flow('income', 'join'),
    flow('lease', 'join'),
    flow('join', 'decide'),
    flow('decide', 'end'),
  ],
};

const complete = (run: TryoutRun, elementId: string) =>
  completeStep(graph, run, tokenOn(run, elementId).id);
const choose = (run: TryoutRun, ...targets: string[]) =>
  chooseFlows(
    graph,
    run,
    tokenOn(run, 'split').id,
    targets.map((target) => `split-${target}`),
  );

describe('inclusive gateways', () => {
  it('offer to take several ways at once', () => {
    const [action] = pendingActions(graph, startRun(graph));
    expect(action).toMatchObject({ kind: 'choose', several: true });
  });

  it('take every way chosen, and the join waits for those only', () => {
    let run = choose(startRun(graph), 'id', 'income');
    expect(run.tokens.map((token) => token.elementId)).toEqual(['id', 'income']);
    expect(run.log.at(-1)).toEqual({
      kind: 'chosen',
      elementId: 'split',
      flowId: 'split-id',
      alsoFlowIds: ['split-income'],
      day: 0,
    });
    run = complete(run, 'id');
    // The income statement can still come: the file waits at the join.
    expect(run.tokens.map((token) => token.elementId)).toEqual(['income']);
    expect(run.joins).toEqual({ join: [{ flowId: 'id-join', day: 2 }] });
    expect(isRunOver(run)).toBe(false);
    run = complete(run, 'income');
    // Both are in: it goes on from the latest, never waiting for the lease nobody asked for.
    expect(run.joins).toEqual({});
    expect(tokenOn(run, 'decide').day).toBe(5);
    run = complete(run, 'decide');
    expect(run.log.at(-1)).toEqual({ kind: 'ended', elementId: 'end', day: 6 });
    expect(isRunOver(run)).toBe(true);
  });

  it('go straight through the join when a single way was taken', () => {
    let run = chooseFlow(
      graph,
      startRun(graph),
      tokenOn(startRun(graph), 'split').id,
      'split-lease',
    );
    run = complete(run, 'lease');
    expect(tokenOn(run, 'decide').day).toBe(3);
  });

  it('refuse several ways at an exclusive gateway, and a way that does not leave the gateway', () => {
    const exclusive: ProcessGraph = {
      ...graph,
      elements: graph.elements.map((element) =>
        element.id === 'split' ? { ...element, type: 'bpmn:ExclusiveGateway' } : element,
      ),
    };
    const run = startRun(exclusive);
    const token = tokenOn(run, 'split').id;
    expect(chooseFlows(exclusive, run, token, ['split-id', 'split-income'])).toBe(run);
    const started = startRun(graph);
    expect(chooseFlows(graph, started, tokenOn(started, 'split').id, ['split-id', 'nope'])).toBe(
      started,
    );
    expect(chooseFlows(graph, started, tokenOn(started, 'split').id, [])).toBe(started);
  });

  it('are saved in a scenario that replays, and cover each way taken', () => {
    let run = choose(startRun(graph), 'id', 'lease');
    run = complete(run, 'lease');
    run = complete(run, 'id');
    run = complete(run, 'decide');
    const scenario = scenarioFromRun(
      { form, answers: {}, run },
      { id: 'two', name: 'Deux pièces', savedAt: `${today}T10:00:00.000Z` },
    );
    expect(scenario.actions[0]).toEqual({
      kind: 'choose',
      elementId: 'split',
      flowId: 'split-id',
      alsoFlowIds: ['split-lease'],
    });
    expect(replayScenario(scenario, { ...target, graph }, today)).toEqual({
      outcome: 'pass',
      elapsedDays: 4,
    });
    // One of the ways taken together is gone: the choice no longer exists as played.
    const withoutLease = { ...graph, flows: graph.flows.filter((f) => f.id !== 'split-lease') };
    expect(replayScenario(scenario, { ...target, graph: withoutLease }, today)).toMatchObject({
      outcome: 'fail',
      divergence: { kind: 'choice-removed', elementId: 'split', actionIndex: 0 },
    });
    const covered = scenarioCoverage([scenario], { form, graph }).paths.map(
      ({ path, scenarioIds }) => [path.elementIds[2], scenarioIds.length],
    );
    expect(covered).toEqual([
      ['id', 1],
      ['income', 0],
      ['lease', 1],
    ]);
  });
});
