import { describe, expect, it } from 'vitest';
import { roleExercises } from '../../../../src/domain/going-further/adoption/exercises';
import { roleGuide } from '../../../../src/domain/going-further/adoption/guide';
import type { Scenario } from '../../../../src/domain/scenarios/schema';
import { defaultStatusIds as ids, defaultTracking } from '../../../../src/domain/tracking/defaults';
import { defaultGraph } from './defaultProcess';

const missingDocuments: Scenario = {
  id: 'sc-1',
  name: 'Un dossier incomplet puis complété',
  answers: {},
  answered: {},
  actions: [
    { kind: 'complete', elementId: 'Task_CheckCompleteness' },
    { kind: 'choose', elementId: 'Gateway_Complete', flowId: 'Flow_Incomplete' },
    { kind: 'complete', elementId: 'Task_RequestDocuments' },
    { kind: 'choose', elementId: 'Gateway_DocumentsWait', flowId: 'Flow_WaitReceived' },
    { kind: 'complete', elementId: 'Event_DocumentsReceived' },
  ],
  statusIds: [ids.submitted, ids.checking, ids.waitingDocuments, ids.checking],
  elapsedDays: 9,
  savedAt: '2026-12-01T10:00:00.000Z',
};

const decisionOnly: Scenario = {
  ...missingDocuments,
  id: 'sc-2',
  name: 'Une décision',
  actions: [
    { kind: 'complete', elementId: 'Task_Decide' },
    { kind: 'choose', elementId: 'Gateway_Decision', flowId: 'Flow_Accepted' },
  ],
  statusIds: [ids.examining, ids.accepted],
};

describe('roleExercises', () => {
  it('turns the saved scenarios that go through a role into its exercises', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const guide = roleGuide(graph, tracking, 'Agent instructeur');
    const exercises = roleExercises(guide, [missingDocuments, decisionOnly], tracking);
    expect(exercises).toEqual([
      {
        scenarioId: 'sc-1',
        name: 'Un dossier incomplet puis complété',
        doing: [
          { stepId: 'Task_CheckCompleteness', stepName: 'Vérifier la complétude du dossier' },
          {
            stepId: 'Task_CheckCompleteness',
            stepName: 'Vérifier la complétude du dossier',
            choice: 'Non',
          },
          { stepId: 'Task_RequestDocuments', stepName: 'Demander les pièces manquantes' },
          { stepId: 'Event_DocumentsReceived', stepName: 'Pièces reçues' },
        ],
        statusLabels: [
          'Demande déposée',
          'En cours de vérification',
          'En attente de vos pièces',
          'En cours de vérification',
        ],
        elapsedDays: 9,
      },
    ]);
  });

  it('gives the decision-maker only the scenario where they decide', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const guide = roleGuide(graph, tracking, 'Responsable du service');
    const exercises = roleExercises(guide, [missingDocuments, decisionOnly], tracking);
    expect(exercises.map((e) => [e.name, e.doing.map((d) => d.choice ?? d.stepName)])).toEqual([
      ['Une décision', ['Prendre la décision', 'Acceptée']],
    ]);
  });
});
