import type { ProcessGraph } from '../../../src/domain/process/graph';
import type { Form } from '../../../src/domain/form/schema';
import { scenarioFromRun } from '../../../src/domain/scenarios/record';
import type { ReplayTarget } from '../../../src/domain/scenarios/replay';
import type { Tracking } from '../../../src/domain/tracking/schema';
import type { Scenario } from '../../../src/domain/scenarios/schema';
import {
  chooseFlow,
  completeStep,
  startRun,
  triggerBoundary,
} from '../../../src/domain/tryout/run';
import { field, page } from '../form/builders';
import { defaultTracking } from '../../../src/domain/tracking/defaults';
import { flow, node, tokenOn } from '../tryout/support';

export const today = '2026-11-23';

/**
 * Submitted, checked (5 days), then a decision: accepted or refused. The check may also
 * run out (a timer on it) and the request is closed.
 */
export const graph: ProcessGraph = {
  elements: [
    node('start', 'start', { statusId: 's-submitted' }),
    node('check', 'task', { statusId: 's-checking', delayDays: 5 }),
    node('timer', 'event', { type: 'bpmn:BoundaryEvent', attachedToId: 'check', delayDays: 30 }),
    node('decision', 'gateway'),
    node('accept', 'task', { statusId: 's-accepted', delayDays: 2 }),
    node('refuse', 'task', { statusId: 's-refused', delayDays: 2 }),
    node('end', 'end'),
    node('closed', 'end', { statusId: 's-closed' }),
  ],
  flows: [
    flow('start', 'check'),
    flow('check', 'decision'),
    flow('decision', 'accept', 'Oui'),
    flow('decision', 'refuse', 'Non'),
    flow('accept', 'end'),
    flow('refuse', 'end'),
    flow('timer', 'closed'),
  ],
};

export const form: Form = {
  pages: [
    page('p', [
      field('name', 'shortText', { label: 'Nom' }),
      field('email', 'email', { label: 'Courriel' }),
      field('age', 'number', { label: 'Âge' }),
    ]),
  ],
};

const status = (id: string, label: string) => ({
  id,
  label,
  color: '#000091',
  visibleToRequester: true,
  explanation: '',
  final: false,
  timeLimitDays: null,
  waitsForRequester: false,
});

export const tracking: Tracking = {
  ...defaultTracking(),
  statuses: [
    status('s-submitted', 'Déposée'),
    status('s-checking', 'En vérification'),
    status('s-accepted', 'Acceptée'),
    status('s-refused', 'Refusée'),
    status('s-closed', 'Classée'),
  ],
  messages: [
    {
      id: 'm1',
      statusId: 's-accepted',
      channel: 'email',
      subject: 'Acceptée',
      body: 'Bonjour {{field:name}}, votre demande {{builtin:trackingCode}} est acceptée.',
      reasons: [],
    },
  ],
  commitment: { ...defaultTracking().commitment, days: 10 },
};

export const target: ReplayTarget = { form, tracking, graph };

/** Played in the try-out: answered, checked, accepted. */
export function acceptedScenario(): Scenario {
  let run = startRun(graph);
  run = completeStep(graph, run, tokenOn(run, 'check').id);
  run = chooseFlow(graph, run, tokenOn(run, 'decision').id, 'decision-accept');
  run = completeStep(graph, run, tokenOn(run, 'accept').id);
  return scenarioFromRun(
    { form, answers: { name: 'Awa Diallo', email: 'awa@exemple.fr', age: 30 }, run },
    { id: 'sc-accepted', name: 'Acceptée', savedAt: `${today}T10:00:00.000Z` },
  );
}

/** Played in the try-out: nobody checked it in time, the timer closed it. */
export function timedOutScenario(): Scenario {
  let run = startRun(graph);
  run = triggerBoundary(graph, run, tokenOn(run, 'check').id, 'timer');
  return scenarioFromRun(
    { form, answers: { email: 'bruno@exemple.fr' }, run },
    { id: 'sc-timeout', name: 'Jamais vérifiée', savedAt: `${today}T10:00:00.000Z` },
  );
}
