import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { defaultDiagramXml } from '../../../src/domain/process/defaultDiagram';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { updateStatus } from '../../../src/domain/tracking/commands/statuses';
import {
  keepStatusMessages,
  rewordStatusMessages,
} from '../../../src/domain/tracking/commands/wording';
import { defaultStatusIds, defaultTracking } from '../../../src/domain/tracking/defaults';
import { trackingSchema } from '../../../src/domain/tracking/schema';
import { trackingReadiness } from '../../../src/domain/tracking/readiness';
import { nextStepOffset } from '../../../src/domain/tracking/timeline';
import { timeLimitProblems } from '../../../src/domain/tracking/timeLimits';
import { rewordText, staleWordings } from '../../../src/domain/tracking/wording';
import { doUndoRedo, processGraph } from './support';

const { statuses } = defaultTracking();
const accepted = defaultStatusIds.accepted;
const message = (p: Prototype, id: string) =>
  p.tracking.messages.find((candidate) => candidate.id === id);

function renamedAccepted(): Prototype {
  const before = createPrototype('Carte', new Date('2026-03-02T09:00:00Z'));
  // Typed letter by letter: the label the messages were written with is kept throughout.
  return ['Accordé', 'Accordée'].reduce(
    (prototype, label) => updateStatus({ statusId: accepted, patch: { label } }).apply(prototype),
    before,
  );
}

describe('a renamed status and its messages', () => {
  it('flags « Accordée » whose message still says « … est acceptée »', () => {
    const renamed = renamedAccepted();
    expect(trackingSchema.safeParse(renamed.tracking).success).toBe(true);
    const stale = staleWordings(renamed.tracking);
    expect(stale.map((s) => [s.status.label, s.formerLabel, s.messages.map((m) => m.id)])).toEqual([
      ['Accordée', 'Acceptée', ['message-accepted']],
    ]);
  });

  it('is not flagged when renamed back, nor when its messages never said its label', () => {
    const back = updateStatus({ statusId: accepted, patch: { label: 'Acceptée' } }).apply(
      renamedAccepted(),
    );
    expect(staleWordings(back.tracking)).toEqual([]);
    expect(back.tracking).toEqual(createPrototype('Carte', new Date()).tracking);
    const submitted = updateStatus({
      statusId: defaultStatusIds.checking,
      patch: { label: 'Vérification' },
    }).apply(createPrototype('Carte', new Date()));
    expect(staleWordings(submitted.tracking)).toEqual([]);
  });

  it('rewords the messages in one click, keeping each mention’s capital; undo brings the old text back', () => {
    const before = renamedAccepted();
    const { after, undone, redone } = doUndoRedo(
      before,
      rewordStatusMessages({ statusId: accepted }),
    );
    expect(message(after, 'message-accepted')?.subject).toBe(
      'Votre demande {{builtin:trackingCode}} est accordée',
    );
    expect(message(after, 'message-accepted')?.body).toContain('votre demande est accordée.');
    // The refusal message says « acceptée » too, but it is not this status's message.
    expect(message(after, 'message-refused')).toEqual(message(before, 'message-refused'));
    expect(staleWordings(after.tracking)).toEqual([]);
    expect(undone).toEqual(before);
    expect(redone).toEqual(after);
  });

  it('keeps the wording when the team says so, and stops flagging it', () => {
    const before = renamedAccepted();
    const { after, undone } = doUndoRedo(before, keepStatusMessages({ statusId: accepted }));
    expect(message(after, 'message-accepted')).toEqual(message(before, 'message-accepted'));
    expect(staleWordings(after.tracking)).toEqual([]);
    expect(staleWordings(undone.tracking)).toHaveLength(1);
  });

  it('replaces whole words only, whatever their case', () => {
    expect(
      rewordText('Acceptée ! Elle est ACCEPTÉE, pas inacceptée.', 'Acceptée', 'accordée'),
    ).toBe('Accordée ! Elle est Accordée, pas inacceptée.');
  });
});

describe('time limits of the statuses against the process', () => {
  const without = (graph: ProcessGraph, ids: string[]): ProcessGraph => ({
    elements: graph.elements.filter((element) => !ids.includes(element.id)),
    flows: graph.flows.filter(
      (flow) => !ids.includes(flow.sourceId) && !ids.includes(flow.targetId),
    ),
  });
  const summary = (graph: ProcessGraph) =>
    timeLimitProblems(graph, statuses).map((problem) => [
      problem.kind,
      problem.status.label,
      problem.days,
      problem.kind === 'differs' ? problem.processDays : null,
    ]);

  it('finds nothing to say on the default process', async () => {
    expect(summary(await processGraph(defaultDiagramXml))).toEqual([]);
  });

  it('flags « 30 jours pour agir » once the branch of the 30-day wait is deleted', async () => {
    const graph = without(await processGraph(defaultDiagramXml), [
      'Event_DocumentsLate',
      'Task_Close',
      'EndEvent_Closed',
    ]);
    expect(summary(graph)).toEqual([['noTime', 'En attente de vos pièces', 30, null]]);
  });

  it('flags a time limit whose steps changed, and one no step sets any more', async () => {
    const graph = await processGraph(defaultDiagramXml);
    // The decision step is gone: examining now takes 15 days, not 20.
    const shorter: ProcessGraph = {
      elements: graph.elements.map((element) =>
        element.id === 'Task_Decide' ? { ...element, delayDays: undefined } : element,
      ),
      flows: graph.flows,
    };
    expect(summary(shorter)).toEqual([['differs', 'En cours d’instruction', 20, 15]]);
    const unset: ProcessGraph = {
      elements: graph.elements.map((element) =>
        element.statusId === defaultStatusIds.checking
          ? { ...element, statusId: undefined }
          : element,
      ),
      flows: graph.flows,
    };
    expect(summary(unset)).toEqual([['noStep', 'En cours de vérification', 5, null]]);
  });
});

describe('the next step’s date on the requester’s page', () => {
  it('is never later than the committed answer', () => {
    expect(nextStepOffset(5, 20, 15)).toBe(15);
    expect(nextStepOffset(5, 5, 15)).toBe(10);
    expect(nextStepOffset(5, 20, undefined)).toBe(25);
  });
});

describe('the review’s checklist', () => {
  it('lists a renamed status’s old wording and a time limit the process no longer backs', async () => {
    const renamed = renamedAccepted();
    const prototype: Prototype = {
      ...renamed,
      process: {
        ...renamed.process,
        bpmnXml: renamed.process.bpmnXml
          .replace(
            'name="Pas de réponse sous 30 jours" fabrik:delayDays="30"',
            'name="Pas de réponse"',
          )
          // The timer's BPMN duration is its delay too: it goes with it.
          .replace(/<bpmn:timeDuration[^>]*>P30D<\/bpmn:timeDuration>/, ''),
      },
    };
    const issues = await trackingReadiness(prototype, { today: new Date(2026, 10, 23) } as never);
    expect(
      issues
        .filter((issue) => /staleWording|timeLimitUnbacked/.test(issue.messageKey))
        .map((issue) => [issue.messageKey, issue.params, issue.target]),
    ).toEqual([
      [
        'tracking:readiness.staleWording',
        { status: 'Accordée', former: 'Acceptée' },
        { kind: 'status', id: accepted },
      ],
      [
        'tracking:readiness.timeLimitUnbacked',
        { status: 'En attente de vos pièces', days: 30 },
        { kind: 'status', id: defaultStatusIds.waitingDocuments },
      ],
    ]);
  });
});
