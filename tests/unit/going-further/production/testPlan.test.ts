import { describe, expect, it } from 'vitest';
import {
  basedOnOf,
  type ApprovedVersion,
} from '../../../../src/domain/going-further/production/approved';
import { pathCases } from '../../../../src/domain/going-further/production/pathCases';
import { scenarioCases } from '../../../../src/domain/going-further/production/scenarioCases';
import { planChanges, testPlan } from '../../../../src/domain/going-further/production/testPlan';
import { testPlanDocument } from '../../../../src/domain/going-further/production/testPlanDocument';
import { productionSchema } from '../../../../src/domain/going-further/production/schema';
import { newPrototypeContent } from '../../../../src/domain/prototype/create';
import type { PrototypeContent } from '../../../../src/domain/prototype/schema';
import type { Scenario } from '../../../../src/domain/scenarios/schema';
import { defaultStatusIds } from '../../../../src/domain/tracking/defaults';
import { graphOf, translator } from './support';

const blank = newPrototypeContent('Carte de stationnement', 'p1');
const content: PrototypeContent = { ...blank, process: { ...blank.process, roles: ['Agent'] } };
const status = (id: string) => ({ statusId: id });

/** Submit, check (5 days, sets « En cours de vérification »), maybe ask again, then decide. */
const withLoop = graphOf(
  [
    ['start', 'bpmn:StartEvent', 'Demande déposée', status(defaultStatusIds.submitted)],
    [
      'check',
      'bpmn:UserTask',
      'Vérifier',
      { role: 'Agent', delayDays: 5, ...status(defaultStatusIds.checking) },
    ],
    ['complete', 'bpmn:ExclusiveGateway', 'Complet ?'],
    ['ask', 'bpmn:SendTask', 'Demander les pièces', { delayDays: 2 }],
    ['accept', 'bpmn:UserTask', 'Accepter', status(defaultStatusIds.accepted)],
    ['end', 'bpmn:EndEvent', 'Acceptée'],
  ],
  [
    'start>check',
    'check>complete',
    'complete>accept:Oui',
    'complete>ask:Non',
    'ask>check',
    'accept>end',
  ],
);

describe('test cases from the process paths', () => {
  it('walk from the start to each end, a loop once, with steps, choices, statuses and time limits', async () => {
    const t = await translator();
    const { cases } = pathCases(t, content, withLoop);
    expect(cases.map((testCase) => [testCase.title, testCase.covers])).toEqual([
      ['Parcours 1 : jusqu’à « Acceptée »', []],
      ['Parcours 2 : jusqu’à « Acceptée »', ['loop']],
    ]);
    const [straight, loop] = cases;
    expect(straight!.steps).toEqual([
      'Déposer une demande par « Demande déposée »',
      'Traiter « Vérifier » (Agent) en 5 jours ouvrés au plus',
      'À « Complet ? », choisir « Oui »',
      'Traiter « Accepter »',
      'Vérifier que la demande se termine par « Acceptée »',
    ]);
    expect(straight!.data).toEqual([
      'Une demande complète, aux réponses valides',
      'À « Complet ? » : « Oui »',
    ]);
    expect(straight!.expectedStatuses).toEqual([
      'Demande déposée',
      'En cours de vérification',
      'Acceptée',
    ]);
    expect(straight!.messages).toHaveLength(2);
    expect(straight!.messages.every((message) => message.startsWith('Courriel : « '))).toBe(true);
    expect(straight!.timeLimits[0]).toBe('Délais des étapes : 5 jours ouvrés au total');
    expect(loop!.steps).toContain('À « Complet ? », choisir « Non »');
    expect(loop!.timeLimits[0]).toBe('Délais des étapes : 12 jours ouvrés au total');
  });

  it('give each parallel branch a case of its own', async () => {
    const graph = graphOf(
      [
        ['start', 'bpmn:StartEvent', 'Dépôt'],
        ['split', 'bpmn:ParallelGateway', 'Avis'],
        ['a', 'bpmn:UserTask', 'Avis technique'],
        ['b', 'bpmn:UserTask', 'Avis juridique'],
        ['join', 'bpmn:ParallelGateway', ''],
        ['end', 'bpmn:EndEvent', 'Fin'],
      ],
      ['start>split', 'split>a', 'split>b', 'a>join', 'b>join', 'join>end'],
    );
    const { cases } = pathCases(await translator(), content, graph);
    expect(cases).toHaveLength(2);
    expect(cases.every((testCase) => testCase.covers.includes('parallel'))).toBe(true);
    expect(cases.map((testCase) => testCase.steps[1])).toEqual([
      'À « Avis », suivre la branche vers « Avis technique »',
      'À « Avis », suivre la branche vers « Avis juridique »',
    ]);
  });

  it('give each event of an event-based gateway a case of its own', async () => {
    const graph = graphOf(
      [
        ['start', 'bpmn:StartEvent', 'Dépôt'],
        ['wait', 'bpmn:EventBasedGateway', 'Attente'],
        ['received', 'bpmn:IntermediateCatchEvent', 'Pièces reçues'],
        ['late', 'bpmn:IntermediateCatchEvent', 'Sans réponse sous 30 jours', { delayDays: 30 }],
        ['done', 'bpmn:EndEvent', 'Instruite'],
        ['closed', 'bpmn:EndEvent', 'Classée'],
      ],
      ['start>wait', 'wait>received', 'wait>late', 'received>done', 'late>closed'],
    );
    const { cases } = pathCases(await translator(), content, graph);
    expect(cases.map((testCase) => [testCase.title, testCase.steps[1], testCase.covers])).toEqual([
      [
        'Parcours 1 : jusqu’à « Instruite »',
        'Faire survenir en premier « Pièces reçues »',
        ['event'],
      ],
      [
        'Parcours 2 : jusqu’à « Classée »',
        'Faire survenir en premier « Sans réponse sous 30 jours »',
        ['event'],
      ],
    ]);
  });

  it('keep their identity from one generation to the next, and say which are new or gone', async () => {
    const t = await translator();
    const before = pathCases(t, content, withLoop).cases;
    const again = pathCases(t, content, withLoop).cases;
    expect(again.map((testCase) => testCase.id)).toEqual(before.map((testCase) => testCase.id));

    // A refusal is added beside the acceptance: both earlier paths still exist.
    const refusal = graphOf(
      [
        ...withLoop.elements.map(
          (element) => [element.id, element.type, element.name] as [string, string, string],
        ),
        ['refuse', 'bpmn:EndEvent', 'Refusée'],
      ],
      [
        'start>check',
        'check>complete',
        'complete>accept:Oui',
        'complete>ask:Non',
        'ask>check',
        'accept>end',
        'complete>refuse:Refus',
      ],
    );
    const after = pathCases(t, content, refusal).cases;
    const changes = planChanges(
      before.map((testCase) => testCase.id),
      after,
    );
    expect(changes.gone).toEqual([]);
    expect(changes.added.map((testCase) => testCase.title)).toEqual([
      'Parcours 3 : jusqu’à « Refusée »',
      'Parcours 4 : jusqu’à « Refusée »',
    ]);

    const shorter = graphOf(
      withLoop.elements
        .filter((element) => element.id !== 'ask')
        .map((element) => [element.id, element.type, element.name] as [string, string, string]),
      ['start>check', 'check>complete', 'complete>accept:Oui', 'accept>end'],
    );
    const gone = planChanges(
      before.map((testCase) => testCase.id),
      pathCases(t, content, shorter).cases,
    );
    expect(gone.gone).toEqual([before[1]!.id]);
    expect(gone.added).toEqual([]);
  });
});

describe('test cases from the saved scenarios', () => {
  const scenario: Scenario = {
    id: 's1',
    name: 'Un résident qui déménage',
    answers: { f1: 'Awa Diallo', f2: ['a', 'b'] },
    answered: {
      f1: { type: 'shortText', label: 'Nom' },
      f2: { type: 'checkboxes', label: 'Véhicules' },
    },
    actions: [
      { kind: 'complete', elementId: 'check' },
      { kind: 'choose', elementId: 'complete', flowId: 'f3' },
      { kind: 'complete', elementId: 'ask' },
      { kind: 'complete', elementId: 'check' },
      { kind: 'choose', elementId: 'complete', flowId: 'f2' },
      { kind: 'complete', elementId: 'accept' },
    ],
    statusIds: [defaultStatusIds.submitted, defaultStatusIds.checking, defaultStatusIds.accepted],
    elapsedDays: 14,
    savedAt: '2026-11-23T09:00:00.000Z',
  };
  const withScenario: PrototypeContent = { ...content, scenarios: [scenario] };

  it('play the scenario’s answers and actions, expecting its statuses, messages and days', async () => {
    const [testCase] = scenarioCases(await translator(), withScenario, withLoop);
    expect(testCase).toMatchObject({
      id: 'scenario-s1',
      source: 'scenario',
      title: 'Scénario « Un résident qui déménage »',
      covers: ['loop'],
      data: ['Nom : Awa Diallo', 'Véhicules : ["a","b"]'],
      expectedStatuses: ['Demande déposée', 'En cours de vérification', 'Acceptée'],
    });
    expect(testCase!.steps).toEqual([
      'Déposer la demande avec les réponses du scénario',
      'Terminer « Vérifier »',
      'À « Complet ? », choisir « Non »',
      'Terminer « Demander les pièces »',
      'Terminer « Vérifier »',
      'À « Complet ? », choisir « Oui »',
      'Terminer « Accepter »',
    ]);
    expect(testCase!.timeLimits[0]).toBe('Durée jouée : 14 jours ouvrés');
    expect(testCase!.messages.length).toBeGreaterThan(0);
  });

  it('come in the plan with the paths, the integrations and the access rights', async () => {
    const t = await translator();
    const approved: ApprovedVersion = {
      content: withScenario,
      contentHash: 'a'.repeat(64),
      version: { id: 'v2', number: 2, name: 'Soumission', createdAt: '2026-11-23T09:00:00.000Z' },
      signoffs: [],
      graph: withLoop,
    };
    const plan = testPlan(t, approved);
    expect(plan.basedOn).toEqual(basedOnOf(approved));
    expect(plan.cases.map((testCase) => testCase.source)).toEqual([
      'path',
      'path',
      'scenario',
      'access',
    ]);
    expect(plan.cases.at(-1)).toMatchObject({
      title: 'Droits du rôle « Agent »',
      steps: [
        'Se connecter avec un compte du rôle « Agent »',
        'Vérifier l’accès à : Vérifier',
        'Vérifier qu’aucune autre étape ni aucune autre demande n’est accessible',
      ],
    });
    const document = testPlanDocument(t, plan, productionSchema.parse({}).tests);
    expect(document.title).toBe('Plan de tests de production — Carte de stationnement');
    expect(JSON.stringify(document)).toContain('4 cas : 0 réussi(s), 0 en échec, 4 non testé(s)');
  });

  it('stay usable at 200 cases and more', async () => {
    const t = await translator();
    // Eight two-way choices in a row: 256 paths.
    const elements: [string, string, string][] = [['start', 'bpmn:StartEvent', 'Dépôt']];
    const flows: string[] = [];
    let previous = 'start';
    for (let index = 0; index < 8; index += 1) {
      elements.push([`g${index}`, 'bpmn:ExclusiveGateway', `Choix ${index}`]);
      elements.push(
        [`a${index}`, 'bpmn:UserTask', `A${index}`],
        [`b${index}`, 'bpmn:UserTask', `B${index}`],
      );
      elements.push([`j${index}`, 'bpmn:ExclusiveGateway', '']);
      flows.push(
        `${previous}>g${index}`,
        `g${index}>a${index}:a`,
        `g${index}>b${index}:b`,
        `a${index}>j${index}`,
        `b${index}>j${index}`,
      );
      previous = `j${index}`;
    }
    elements.push(['end', 'bpmn:EndEvent', 'Fin']);
    flows.push(`${previous}>end`);
    const { cases, truncated } = pathCases(t, content, graphOf(elements, flows));
    expect(cases).toHaveLength(256);
    expect(truncated).toBe(false);
    expect(new Set(cases.map((testCase) => testCase.id)).size).toBe(256);
  });
});
