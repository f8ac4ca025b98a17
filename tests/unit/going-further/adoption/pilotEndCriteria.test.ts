import { describe, expect, it } from 'vitest';
import { editPart } from '../../../../src/domain/going-further/adoption/edits';
import { guideCheckKey } from '../../../../src/domain/going-further/adoption/guideParts';
import { pilotCriteriaOf } from '../../../../src/domain/going-further/adoption/pilotCriteriaOf';
import {
  criteriaLines,
  criteriaMismatches,
  criteriaWording,
  pilotEndCriteria,
} from '../../../../src/domain/going-further/adoption/pilotEndCriteria';
import type { Pilot, PilotFeedback } from '../../../../src/domain/going-further/adoption/schema';
import { newPrototypeContent } from '../../../../src/domain/prototype/create';
import { defaultGraph } from './defaultProcess';

const words = criteriaWording.fr;
const item = (changes: Partial<PilotFeedback>): PilotFeedback => ({
  id: 'f',
  kind: 'anomaly',
  text: 'x',
  priority: 'high',
  status: 'open',
  createdAt: '2026-12-05T10:00:00.000Z',
  ...changes,
});
const pilot = (feedback: PilotFeedback[]): Pilot => ({
  profiles: [],
  participants: [],
  support: '',
  channels: '',
  feedback,
});

describe('the pilot’s end criteria', () => {
  it('are checked from the feedback, the sessions and the reworded parts', () => {
    const checks = pilotEndCriteria(
      {
        pilot: pilot([item({}), item({ id: 'g', kind: 'feedback', status: 'accepted' })]),
        sessions: [
          {
            id: 's',
            role: 'Agent instructeur',
            level: 'collective',
            date: '2027-01-10',
            attendeeIds: [],
            others: '',
            exerciseIds: [],
          },
        ],
        roles: ['Agent instructeur', 'Responsable du service'],
        staleParts: 2,
      },
      words,
    );
    expect(criteriaLines(checks, words)).toEqual([
      '✗ Toutes les anomalies sont traitées : 1 anomalie à traiter.',
      '✗ La documentation est à jour : 2 passages modifiés des guides ou de la FAQ ne suivent plus le prototype.',
      '✗ La formation est à jour : sans session datée : Responsable du service.',
      '✗ Les processus de travail sont à jour : 1 retour retenu pas encore corrigé.',
    ]);
    expect(criteriaMismatches(checks, { anomalies: true, training: false }, words)).toEqual([
      'Le calendrier coche « Toutes les anomalies sont traitées », mais les données du pilote disent : 1 anomalie à traiter.',
    ]);
  });

  it('are met when every anomaly is closed, every role trained and the parts follow the prototype', () => {
    const checks = pilotEndCriteria(
      {
        pilot: pilot([
          item({ status: 'done' }),
          item({ id: 'g', kind: 'feedback', status: 'rejected' }),
        ]),
        sessions: [],
        roles: [],
        staleParts: 0,
      },
      words,
    );
    expect(checks.every((check) => check.met)).toBe(true);
  });

  it('count a reworded guide part the process changed since as stale documentation', async () => {
    const graph = await defaultGraph();
    const content = newPrototypeContent('Carte', 'p1');
    const adoption = editPart(
      {},
      {
        key: guideCheckKey('Agent instructeur', 'Task_CheckCompleteness'),
        text: 'Mon texte',
        generated: 'Ce que disait le processus avant',
      },
    );
    const checks = pilotCriteriaOf(
      { ...content, goingFurther: { adoption } },
      pilot([]),
      graph,
      'fr',
    );
    expect(checks.find((check) => check.criterion === 'documentation')).toMatchObject({
      met: false,
      detail: '1 passage modifié des guides ou de la FAQ ne suit plus le prototype',
    });
    expect(checks.find((check) => check.criterion === 'training')?.detail).toBe(
      'sans session datée : Demandeur, Agent instructeur, Responsable du service',
    );
  });
});
