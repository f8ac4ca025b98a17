import { describe, expect, it } from 'vitest';
import { roleGuide, roleGuides } from '../../../../src/domain/going-further/adoption/guide';
import type { ProcessGraph } from '../../../../src/domain/process/graph';
import { defaultTracking } from '../../../../src/domain/tracking/defaults';
import { defaultGraph } from './defaultProcess';

describe('roleGuides', () => {
  it('drafts one guide per role of the default process, in the diagram’s order', async () => {
    const guides = roleGuides(await defaultGraph(), defaultTracking(), ['Secrétariat']);
    expect(guides.map((guide) => guide.role)).toEqual([
      'Demandeur',
      'Agent instructeur',
      'Responsable du service',
      'Secrétariat',
    ]);
    expect(guides.at(-1)?.steps).toEqual([]);
  });

  it('gives a role its own steps and nothing from the others', async () => {
    const graph = await defaultGraph();
    const guide = roleGuide(graph, defaultTracking(), 'Agent instructeur');
    expect(guide.steps.map((step) => step.name)).toEqual([
      'Vérifier la complétude du dossier',
      'Demander les pièces manquantes',
      'Pièces reçues',
      'Classer la demande sans suite',
      'Instruire la demande',
      'Notifier l’acceptation au demandeur',
      'Notifier le refus motivé au demandeur',
    ]);
    const theirs = new Set(
      graph.elements.filter((e) => e.role && e.role !== 'Agent instructeur').map((e) => e.id),
    );
    expect(guide.steps.some((step) => theirs.has(step.id))).toBe(false);
    expect(
      roleGuide(graph, defaultTracking(), 'Responsable du service').steps.map((s) => s.name),
    ).toEqual(['Prendre la décision']);
  });

  it('says what arrives, what to check, the time limit and what each decision shows the requester', async () => {
    const guide = roleGuide(await defaultGraph(), defaultTracking(), 'Agent instructeur');
    const check = guide.steps[0];
    expect(check?.arrivesFrom.map((n) => n.name)).toEqual(['Demande déposée', 'Pièces reçues']);
    expect(check?.check).toBe('Toutes les pièces demandées sont-elles là, lisibles et à jour ?');
    expect(check?.delayDays).toBe(5);
    expect(check?.status?.label).toBe('En cours de vérification');
    expect(check?.decision?.kind).toBe('choice');
    expect(check?.decision?.question).toBe('Dossier complet ?');
    expect(
      check?.decision?.ways.map((way) => [
        way.label,
        way.next.map((n) => n.name),
        way.statuses.map((s) => s.label),
        way.statuses.flatMap((s) => s.messages.map((m) => m.id)),
      ]),
    ).toEqual([
      ['Oui', ['Instruire la demande'], ['En cours d’instruction'], ['message-examining']],
      [
        'Non',
        ['Demander les pièces manquantes'],
        ['En attente de vos pièces'],
        ['message-waiting-documents'],
      ],
    ]);
    const examine = guide.steps.find((step) => step.name === 'Instruire la demande');
    expect(examine?.arrivesFrom).toEqual([
      { id: 'Task_CheckCompleteness', name: 'Vérifier la complétude du dossier', via: 'Oui' },
    ]);
    expect(examine?.next.map((n) => n.name)).toEqual(['Prendre la décision']);
  });

  it('tells a wait for events apart from a decision', async () => {
    const guide = roleGuide(await defaultGraph(), defaultTracking(), 'Agent instructeur');
    const request = guide.steps.find((step) => step.id === 'Task_RequestDocuments');
    expect(request?.decision?.kind).toBe('event');
    expect(
      request?.decision?.ways.map((way) => [way.label, way.statuses.map((s) => s.label)]),
    ).toEqual([
      ['Pièces reçues', ['En cours de vérification']],
      ['Pas de réponse sous 30 jours', ['Classée sans suite']],
    ]);
  });

  it('reads a role from the lane when the task names none, and names a status that no longer exists', () => {
    const graph: ProcessGraph = {
      elements: [
        { id: 's', type: 'bpmn:StartEvent', kind: 'start', name: '' },
        {
          id: 't',
          type: 'bpmn:UserTask',
          kind: 'task',
          name: 'Saisir',
          lane: 'Accueil',
          statusId: 'gone',
        },
        { id: 'e', type: 'bpmn:EndEvent', kind: 'end', name: 'Fin' },
      ],
      flows: [
        { id: 'f1', sourceId: 's', targetId: 't', name: '' },
        { id: 'f2', sourceId: 't', targetId: 'e', name: '' },
      ],
    };
    const [guide] = roleGuides(graph, defaultTracking());
    expect(guide?.role).toBe('Accueil');
    expect(guide?.steps[0]?.status).toMatchObject({ id: 'gone', unknown: true });
    expect(guide?.steps[0]?.next).toEqual([{ id: 'e', name: 'Fin' }]);
  });
});
