import { describe, expect, it } from 'vitest';
import { FABRIK_BPMN_NAMESPACE } from '../../../src/domain/process/fabrikModdle';
import {
  completeStep,
  isRunOver,
  pendingActions,
  startRun,
  triggerBoundary,
} from '../../../src/domain/tryout/run';
import { graphOf, tokenOn } from './support';

// Waiting for the answer, a reminder goes out after 10 days without stopping the wait;
// after 30 days the request is closed.
const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:fabrik="${FABRIK_BPMN_NAMESPACE}" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process">
    <bpmn:startEvent id="Start" />
    <bpmn:userTask id="Wait" name="Attendre la réponse" fabrik:delayDays="5" />
    <bpmn:boundaryEvent id="Reminder" name="10 jours" attachedToRef="Wait" cancelActivity="false" fabrik:delayDays="10" fabrik:status="status-reminded">
      <bpmn:timerEventDefinition id="ReminderTimer" />
    </bpmn:boundaryEvent>
    <bpmn:boundaryEvent id="Timeout" name="30 jours" attachedToRef="Wait" cancelActivity="true" fabrik:delayDays="30">
      <bpmn:timerEventDefinition id="TimeoutTimer" />
    </bpmn:boundaryEvent>
    <bpmn:userTask id="Remind" name="Relancer" />
    <bpmn:endEvent id="Answered" />
    <bpmn:endEvent id="Reminded" />
    <bpmn:endEvent id="Closed" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait" />
    <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="Answered" />
    <bpmn:sequenceFlow id="F3" sourceRef="Reminder" targetRef="Remind" />
    <bpmn:sequenceFlow id="F4" sourceRef="Remind" targetRef="Reminded" />
    <bpmn:sequenceFlow id="F5" sourceRef="Timeout" targetRef="Closed" />
  </bpmn:process>
</bpmn:definitions>`;

describe('non-interrupting boundary events', () => {
  it('are read as such; interrupting ones (the default) say nothing', async () => {
    const graph = await graphOf(xml);
    const byId = (id: string) => graph.elements.find((element) => element.id === id);
    expect(byId('Reminder')).toMatchObject({ attachedToId: 'Wait', interrupting: false });
    expect(byId('Timeout')).not.toHaveProperty('interrupting');
    expect(byId('Wait')).not.toHaveProperty('interrupting');
  });

  it('start a new token and leave the task waiting', async () => {
    const graph = await graphOf(xml);
    const started = startRun(graph);
    const waiting = tokenOn(started, 'Wait');
    const run = triggerBoundary(graph, started, waiting.id, 'Reminder');
    expect(run.tokens).toEqual([
      waiting,
      { id: expect.not.stringMatching(`^${waiting.id}$`), elementId: 'Remind', day: 10 },
    ]);
    expect(run.log).toEqual([
      {
        kind: 'triggered',
        elementId: 'Wait',
        boundaryId: 'Reminder',
        day: 10,
        interrupting: false,
      },
    ]);
    expect(run.stops.at(-1)).toMatchObject({ statusId: 'status-reminded', dayOffset: 10 });
    // The task can still be completed, or reminded again, on its own.
    const [action] = pendingActions(graph, run);
    expect(action?.kind === 'complete' && action.boundaries.map((b) => b.id)).toEqual([
      'Reminder',
      'Timeout',
    ]);
    const answered = completeStep(graph, run, waiting.id);
    expect(answered.tokens.map((token) => token.elementId)).toEqual(['Remind']);
    const over = completeStep(graph, answered, tokenOn(answered, 'Remind').id);
    expect(isRunOver(over)).toBe(true);
  });

  it('leave an interrupting boundary interrupting', async () => {
    const graph = await graphOf(xml);
    const started = startRun(graph);
    const run = triggerBoundary(graph, started, tokenOn(started, 'Wait').id, 'Timeout');
    expect(run.tokens).toEqual([]);
    expect(run.log).toEqual([
      { kind: 'triggered', elementId: 'Wait', boundaryId: 'Timeout', day: 30 },
      { kind: 'ended', elementId: 'Closed', day: 30 },
    ]);
  });
});
