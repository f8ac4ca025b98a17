import { describe, expect, it } from 'vitest';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import { FABRIK_BPMN_NAMESPACE } from '../../../src/domain/process/fabrikModdle';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { processPaths } from '../../../src/domain/process/paths';
import { defaultStatusIds as status, defaultTracking } from '../../../src/domain/tracking/defaults';
import { stopsAlongPath, trackingPageAt } from '../../../src/domain/tracking/timeline';
import {
  chooseFlow,
  completeStep,
  isRunOver,
  pendingActions,
  startRun,
  triggerBoundary,
  type TryoutRun,
} from '../../../src/domain/tryout/run';
import { flow, graphOf, node, splitAndJoin, tokenOn } from './support';

/** The default process from the check on, when the request is complete and accepted. */
const checkedThenAccepted = [
  'Gateway_Join',
  'Task_CheckCompleteness',
  'Gateway_Complete',
  'Task_Examine',
  'Task_Decide',
  'Gateway_Decision',
  'Task_NotifyAcceptance',
  'EndEvent_Accepted',
];

/** Plays the steps in order: an element id completes its task, `gateway:label` chooses. */
function play(graph: ProcessGraph, run: TryoutRun, steps: string[]): TryoutRun {
  return steps.reduce((current, step) => {
    const [elementId, label] = step.split(':') as [string, string | undefined];
    const token = tokenOn(current, elementId);
    if (label === undefined) return completeStep(graph, current, token.id);
    const action = pendingActions(graph, current).find((a) => a.token.id === token.id);
    const option = action?.kind === 'choose' && action.options.find((o) => o.label === label);
    if (!option) throw new Error(`No option ${label} on ${elementId}`);
    return chooseFlow(graph, current, token.id, option.flowId);
  }, run);
}

const toAccepted = [
  'Task_CheckCompleteness',
  'Gateway_Complete:Oui',
  'Task_Examine',
  'Task_Decide',
  'Gateway_Decision:Acceptée',
  'Task_NotifyAcceptance',
];

function stopsOfPath(graph: ProcessGraph, lastBeforeEnd: string[]) {
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const path = processPaths(graph).paths.find(
    (candidate) => candidate.elementIds.join('>') === lastBeforeEnd.join('>'),
  );
  if (!path) throw new Error('No such path');
  return stopsAlongPath(path, byId);
}

describe('the default process', () => {
  it('waits on the completeness check once submitted', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = startRun(graph);
    expect(run.problem).toBeUndefined();
    expect(run.tokens).toEqual([{ id: 'token-1', elementId: 'Task_CheckCompleteness', day: 0 }]);
    const [action] = pendingActions(graph, run);
    expect(action).toMatchObject({ kind: 'complete', boundaries: [] });
    expect(action?.element.id).toBe('Task_CheckCompleteness');
    expect(run.stops.map((stop) => stop.statusId)).toEqual([status.submitted, status.checking]);
  });

  it('offers the gateway flows by name', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = play(graph, startRun(graph), ['Task_CheckCompleteness']);
    const [action] = pendingActions(graph, run);
    expect(action?.kind === 'choose' && action.options).toEqual([
      { flowId: 'Flow_Complete', label: 'Oui', targetId: 'Task_Examine' },
      { flowId: 'Flow_Incomplete', label: 'Non', targetId: 'Task_RequestDocuments' },
    ]);
    expect(action?.token.day).toBe(5);
  });

  it('is walked to "accepted", with the statuses and days of the same path', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = play(graph, startRun(graph), toAccepted);
    expect(run.stops).toEqual([
      { statusId: status.submitted, dayOffset: 0, elementId: 'StartEvent_Submitted' },
      { statusId: status.checking, dayOffset: 0, elementId: 'Task_CheckCompleteness' },
      { statusId: status.examining, dayOffset: 5, elementId: 'Task_Examine' },
      { statusId: status.accepted, dayOffset: 25, elementId: 'Task_NotifyAcceptance' },
    ]);
    expect(run.stops).toEqual(stopsOfPath(graph, ['StartEvent_Submitted', ...checkedThenAccepted]));
    expect(run.log.at(-1)).toEqual({ kind: 'ended', elementId: 'EndEvent_Accepted', day: 27 });
    expect(run.log.filter((entry) => entry.kind === 'chosen')).toEqual([
      { kind: 'chosen', elementId: 'Gateway_Complete', flowId: 'Flow_Complete', day: 5 },
      { kind: 'chosen', elementId: 'Gateway_Decision', flowId: 'Flow_Accepted', day: 25 },
    ]);
    expect(isRunOver(run)).toBe(true);
    expect(pendingActions(graph, run)).toEqual([]);
    const page = trackingPageAt(run.stops, run.stops.length - 1, defaultTracking());
    expect(page.current?.id).toBe(status.accepted);
  });

  it('keeps the token id while the request moves along single flows', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = play(graph, startRun(graph), toAccepted.slice(0, 3));
    expect(run.tokens).toEqual([{ id: 'token-1', elementId: 'Task_Decide', day: 20 }]);
  });

  it('takes the documents loop once, then accepts', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = play(graph, startRun(graph), [
      'Task_CheckCompleteness',
      'Gateway_Complete:Non',
      'Task_RequestDocuments',
      'Gateway_DocumentsWait:Pièces reçues',
      ...toAccepted,
    ]);
    expect(run.stops.map((stop) => [stop.statusId, stop.dayOffset])).toEqual([
      [status.submitted, 0],
      [status.checking, 0],
      [status.waitingDocuments, 5],
      [status.checking, 7],
      [status.examining, 12],
      [status.accepted, 32],
    ]);
    expect(run.stops).toEqual(
      stopsOfPath(graph, [
        'StartEvent_Submitted',
        'Gateway_Join',
        'Task_CheckCompleteness',
        'Gateway_Complete',
        'Task_RequestDocuments',
        'Gateway_DocumentsWait',
        'Event_DocumentsReceived',
        ...checkedThenAccepted,
      ]),
    );
    // Which event came first is one choice at the event-based gateway.
    expect(run.log).toContainEqual({
      kind: 'chosen',
      elementId: 'Gateway_DocumentsWait',
      flowId: 'Flow_WaitReceived',
      day: 7,
    });
    expect(isRunOver(run)).toBe(true);
  });

  it('closes the request without follow-up when the documents never come', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = play(graph, startRun(graph), [
      'Task_CheckCompleteness',
      'Gateway_Complete:Non',
      'Task_RequestDocuments',
      'Gateway_DocumentsWait:Pas de réponse sous 30 jours',
      'Task_Close',
    ]);
    expect(run.stops.map((stop) => [stop.statusId, stop.dayOffset])).toEqual([
      [status.submitted, 0],
      [status.checking, 0],
      [status.waitingDocuments, 5],
      [status.closed, 37],
    ]);
    expect(run.log.at(-1)).toEqual({ kind: 'ended', elementId: 'EndEvent_Closed', day: 39 });
    expect(isRunOver(run)).toBe(true);
  });

  it('is walked to "refused"', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = play(graph, startRun(graph), [
      ...toAccepted.slice(0, 4),
      'Gateway_Decision:Refusée',
      'Task_NotifyRefusal',
    ]);
    expect(run.stops.at(-1)).toEqual({
      statusId: status.refused,
      dayOffset: 25,
      elementId: 'Task_NotifyRefusal',
    });
    expect(run.log.at(-1)).toEqual({ kind: 'ended', elementId: 'EndEvent_Refused', day: 27 });
    expect(trackingPageAt(run.stops, run.stops.length - 1, defaultTracking()).current?.id).toBe(
      status.refused,
    );
  });
});

describe('parallel branches', () => {
  // start → split → (a: 3 days | b: 10 days) → join → after → end
  const graph = splitAndJoin({
    settings: {
      a: { delayDays: 3, statusId: 's-a' },
      b: { delayDays: 10, statusId: 's-b' },
      join: { statusId: 's-joined' },
    },
    afterJoin: ['after'],
  });

  it('puts a token on every branch, and waits at the join for both (day = latest)', () => {
    const started = startRun(graph);
    expect(started.tokens.map((token) => [token.elementId, token.day])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    const bDone = completeStep(graph, started, tokenOn(started, 'b').id);
    expect(bDone.tokens.map((token) => token.elementId)).toEqual(['a']);
    expect(bDone.joins).toEqual({ join: [{ flowId: 'b-join', day: 10 }] });
    expect(isRunOver(bDone)).toBe(false);
    const bothDone = completeStep(graph, bDone, tokenOn(bDone, 'a').id);
    expect(bothDone.joins).toEqual({});
    expect(bothDone.tokens).toEqual([{ id: expect.any(String), elementId: 'after', day: 10 }]);
    expect(bothDone.stops.at(-1)).toEqual({
      statusId: 's-joined',
      dayOffset: 10,
      elementId: 'join',
    });
    expect(isRunOver(completeStep(graph, bothDone, tokenOn(bothDone, 'after').id))).toBe(true);
  });

  it('is not over while a join waits for a branch that will never come', () => {
    // An exclusive choice in front of a parallel join: only one branch ever arrives.
    const deadlock: ProcessGraph = {
      elements: [
        node('start', 'start'),
        node('choice', 'gateway'),
        node('join', 'gateway', { type: 'bpmn:ParallelGateway' }),
        node('end', 'end'),
      ],
      flows: [
        flow('start', 'choice'),
        { ...flow('choice', 'join'), id: 'one' },
        { ...flow('choice', 'join'), id: 'two' },
        flow('join', 'end'),
      ],
    };
    const started = startRun(deadlock);
    const run = chooseFlow(deadlock, started, started.tokens[0]?.id ?? '', 'one');
    expect(run.tokens).toEqual([]);
    expect(run.joins).toEqual({ join: [{ flowId: 'one', day: 0 }] });
    expect(isRunOver(run)).toBe(false);
  });

  it('splits implicitly when a task has several outgoing flows', () => {
    const split: ProcessGraph = {
      elements: [node('start', 'start'), node('t', 'task'), node('x', 'task'), node('y', 'task')],
      flows: [flow('start', 't'), flow('t', 'x'), flow('t', 'y')],
    };
    const started = startRun(split);
    const run = completeStep(split, started, tokenOn(started, 't').id);
    expect(run.tokens.map((token) => token.elementId)).toEqual(['x', 'y']);
    expect(new Set(run.tokens.map((token) => token.id)).size).toBe(2);
  });
});

describe('event-based gateways', () => {
  // ask → wait for (documents received | 30 days without answer) → examine | close
  const graph: ProcessGraph = {
    elements: [
      node('start', 'start'),
      node('ask', 'task', { delayDays: 2 }),
      node('wait', 'gateway', { type: 'bpmn:EventBasedGateway' }),
      node('received', 'event', { type: 'bpmn:IntermediateCatchEvent', statusId: 's-got' }),
      node('late', 'event', { type: 'bpmn:IntermediateCatchEvent', delayDays: 30 }),
      node('examine', 'task'),
      node('close', 'task'),
    ],
    flows: [
      flow('start', 'ask'),
      flow('ask', 'wait'),
      flow('wait', 'received'),
      flow('wait', 'late'),
      flow('received', 'examine'),
      flow('late', 'close'),
    ],
  };

  it('offers the events that may come, and goes past the one chosen in one action', () => {
    const asked = play(graph, startRun(graph), ['ask']);
    const [action] = pendingActions(graph, asked);
    expect(action?.kind === 'choose' && action.options.map((o) => o.label)).toEqual([
      'received',
      'late',
    ]);
    const received = play(graph, asked, ['wait:received']);
    expect(received.tokens.map((token) => [token.elementId, token.day])).toEqual([['examine', 2]]);
    expect(received.stops.at(-1)).toEqual({
      statusId: 's-got',
      dayOffset: 2,
      elementId: 'received',
    });
  });

  it('counts the timer of the event chosen', () => {
    const late = play(graph, startRun(graph), ['ask', 'wait:late']);
    expect(late.tokens.map((token) => [token.elementId, token.day])).toEqual([['close', 32]]);
  });
});

const boundaryXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:fabrik="${FABRIK_BPMN_NAMESPACE}" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process">
    <bpmn:startEvent id="Start" fabrik:status="status-submitted" />
    <bpmn:userTask id="Wait" name="Attendre la réponse" fabrik:delayDays="5" fabrik:status="status-waiting" />
    <bpmn:boundaryEvent id="Timer" name="30 jours" attachedToRef="Wait" fabrik:delayDays="30" fabrik:status="status-closed">
      <bpmn:timerEventDefinition id="TimerDefinition" />
    </bpmn:boundaryEvent>
    <bpmn:userTask id="Remind" name="Relancer" />
    <bpmn:endEvent id="Answered" />
    <bpmn:endEvent id="Closed" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait" />
    <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="Answered" />
    <bpmn:sequenceFlow id="F3" sourceRef="Timer" targetRef="Remind" />
    <bpmn:sequenceFlow id="F4" sourceRef="Remind" targetRef="Closed" />
  </bpmn:process>
</bpmn:definitions>`;

describe('boundary events', () => {
  it('are read with the task they are attached to', async () => {
    const graph = await graphOf(boundaryXml);
    const timer = graph.elements.find((element) => element.id === 'Timer');
    expect(timer).toMatchObject({ type: 'bpmn:BoundaryEvent', attachedToId: 'Wait' });
    expect(graph.elements.find((element) => element.id === 'Wait')?.attachedToId).toBeUndefined();
  });

  it('are offered with their task, and interrupt it when triggered', async () => {
    const graph = await graphOf(boundaryXml);
    const started = startRun(graph);
    const [action] = pendingActions(graph, started);
    expect(action?.kind === 'complete' && action.boundaries.map((b) => b.id)).toEqual(['Timer']);
    const token = tokenOn(started, 'Wait');
    const run = triggerBoundary(graph, started, token.id, 'Timer');
    expect(run.tokens).toEqual([{ id: token.id, elementId: 'Remind', day: 30 }]);
    expect(run.log).toEqual([
      { kind: 'triggered', elementId: 'Wait', boundaryId: 'Timer', day: 30 },
    ]);
    expect(run.stops.map((stop) => [stop.statusId, stop.dayOffset])).toEqual([
      ['status-submitted', 0],
      ['status-waiting', 0],
      ['status-closed', 30],
    ]);
    const over = completeStep(graph, run, token.id);
    expect(over.log.at(-1)).toEqual({ kind: 'ended', elementId: 'Closed', day: 30 });
  });

  it('cannot be triggered from another task', async () => {
    const graph = await graphOf(boundaryXml);
    const started = startRun(graph);
    expect(triggerBoundary(graph, started, tokenOn(started, 'Wait').id, 'Remind')).toBe(started);
  });

  it('are not where a process without a start event starts', () => {
    const graph: ProcessGraph = {
      elements: [
        node('a', 'task'),
        node('timer', 'event', { type: 'bpmn:BoundaryEvent', attachedToId: 'a' }),
        node('late', 'task'),
        node('end', 'end'),
      ],
      flows: [flow('a', 'end'), flow('timer', 'late'), flow('late', 'end')],
    };
    expect(startRun(graph).tokens.map((token) => token.elementId)).toEqual(['a']);
    expect(processPaths(graph).paths.map((path) => path.elementIds.join('>'))).toEqual(['a>end']);
  });
});

describe('processes that cannot be played through', () => {
  it('logs a dead end as stuck', () => {
    const graph: ProcessGraph = {
      elements: [node('start', 'start'), node('t', 'task', { delayDays: 4 })],
      flows: [flow('start', 't')],
    };
    const started = startRun(graph);
    const run = completeStep(graph, started, tokenOn(started, 't').id);
    expect(run.log).toEqual([
      { kind: 'done', elementId: 't', day: 4 },
      { kind: 'stuck', elementId: 't', day: 4 },
    ]);
    expect(run.tokens).toEqual([]);
    expect(isRunOver(run)).toBe(true);
  });

  it('logs a gateway with no way out as stuck on arrival', () => {
    const graph: ProcessGraph = {
      elements: [node('start', 'start'), node('g', 'gateway')],
      flows: [flow('start', 'g')],
    };
    expect(startRun(graph).log).toEqual([{ kind: 'stuck', elementId: 'g', day: 0 }]);
  });

  it('flags gateways in a cycle as a loop', () => {
    const graph: ProcessGraph = {
      elements: [node('start', 'start'), node('g1', 'gateway'), node('g2', 'gateway')],
      flows: [flow('start', 'g1'), flow('g1', 'g2'), flow('g2', 'g1')],
    };
    const run = startRun(graph);
    expect(run.problem).toBe('loop');
    expect(run.tokens).toEqual([]);
  });

  it('does not apply a step whose automatic moves loop, and says so', () => {
    const graph: ProcessGraph = {
      elements: [
        node('start', 'start'),
        node('t', 'task', { statusId: 's-t' }),
        node('g1', 'gateway', { statusId: 's-1' }),
        node('g2', 'gateway', { statusId: 's-2' }),
      ],
      flows: [flow('start', 't'), flow('t', 'g1'), flow('g1', 'g2'), flow('g2', 'g1')],
    };
    const started = startRun(graph);
    const reached: string[] = [];
    const run = completeStep(graph, started, tokenOn(started, 't').id, ({ elementId }) =>
      reached.push(elementId),
    );
    expect(run).toEqual({ ...started, problem: 'loop' });
    // A move not applied took the request nowhere: coverage is told nothing of it.
    expect(reached).toEqual([]);
  });

  it('tells an observer every element a move reaches and the flow it came through', () => {
    const graph: ProcessGraph = {
      elements: [
        node('start', 'start'),
        node('g', 'gateway'),
        node('t', 'task'),
        node('end', 'end'),
      ],
      flows: [flow('start', 'g'), flow('g', 't'), flow('t', 'end')],
    };
    const steps: unknown[] = [];
    const started = startRun(graph, undefined, (step) => steps.push(step));
    completeStep(graph, started, tokenOn(started, 't').id, (step) => steps.push(step));
    expect(steps).toEqual([
      { elementId: 'start' },
      { elementId: 'g', flowId: 'start-g' },
      { elementId: 't', flowId: 'g-t' },
      { elementId: 'end', flowId: 't-end' },
    ]);
  });

  it('says when there is nothing to start from', () => {
    const cycle: ProcessGraph = {
      elements: [node('a', 'task'), node('b', 'task')],
      flows: [flow('a', 'b'), flow('b', 'a')],
    };
    expect(startRun(cycle)).toMatchObject({ problem: 'no-start', tokens: [] });
    expect(startRun({ elements: [], flows: [] }).problem).toBe('no-start');
  });

  it('starts from the elements nothing leads to when there is no start event', () => {
    const graph: ProcessGraph = {
      elements: [node('a', 'task'), node('b', 'task'), node('end', 'end')],
      flows: [flow('a', 'end'), flow('b', 'end')],
    };
    const run = startRun(graph);
    expect(run.problem).toBeUndefined();
    expect(run.tokens.map((token) => token.elementId)).toEqual(['a', 'b']);
  });
});

describe('a run kept while the diagram is edited', () => {
  it('skips and leaves alone tokens on deleted elements', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const run = startRun(graph);
    const edited: ProcessGraph = {
      elements: graph.elements.filter((element) => element.id !== 'Task_CheckCompleteness'),
      flows: graph.flows.filter((f) => !f.id.match(/Flow_(ToCheck|Checked)/)),
    };
    const tokenId = tokenOn(run, 'Task_CheckCompleteness').id;
    expect(pendingActions(edited, run)).toEqual([]);
    expect(completeStep(edited, run, tokenId)).toBe(run);
    expect(chooseFlow(edited, run, tokenId, 'Flow_Checked')).toBe(run);
    expect(triggerBoundary(edited, run, tokenId, 'Timer')).toBe(run);
  });

  it('leaves the run unchanged for unknown tokens and flows', async () => {
    const graph = await graphOf(defaultDiagramXml);
    const atGateway = play(graph, startRun(graph), ['Task_CheckCompleteness']);
    const tokenId = tokenOn(atGateway, 'Gateway_Complete').id;
    expect(completeStep(graph, atGateway, 'no-such-token')).toBe(atGateway);
    expect(chooseFlow(graph, atGateway, tokenId, 'no-such-flow')).toBe(atGateway);
    // A flow of another gateway, and completing a gateway instead of choosing.
    expect(chooseFlow(graph, atGateway, tokenId, 'Flow_Accepted')).toBe(atGateway);
    expect(completeStep(graph, atGateway, tokenId)).toBe(atGateway);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('purity', () => {
  it('never mutates the graph or the run, and keeps the run plain JSON', async () => {
    const graph = deepFreeze(await graphOf(defaultDiagramXml));
    const graphCopy = structuredClone(graph);
    let run = deepFreeze(startRun(graph));
    for (const step of [
      'Task_CheckCompleteness',
      'Gateway_Complete:Non',
      'Task_RequestDocuments',
      'Gateway_DocumentsWait:Pièces reçues',
      ...toAccepted,
    ]) {
      const before = structuredClone(run);
      const next = play(graph, run, [step]);
      expect(run).toEqual(before);
      expect(JSON.parse(JSON.stringify(next))).toEqual(next);
      run = deepFreeze(next);
    }
    expect(graph).toEqual(graphCopy);
  });

  it('does not mutate a parallel run waiting at its join', () => {
    const graph = deepFreeze(splitAndJoin());
    const started = startRun(graph);
    const half = deepFreeze(completeStep(graph, started, tokenOn(started, 'a').id));
    const before = structuredClone(half);
    const over = completeStep(graph, half, tokenOn(half, 'b').id);
    expect(half).toEqual(before);
    expect(isRunOver(over)).toBe(true);
  });
});
