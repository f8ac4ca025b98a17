import { describe, expect, it } from 'vitest';
import { newPrototypeContent } from '../../../src/domain/prototype/create';
import type { Field } from '../../../src/domain/form/schema';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import {
  combinedProposal,
  proposeLevel,
  prototypeFacts,
} from '../../../src/domain/service-catalogue/levelProposal';

const field = (id: string, type: Field['type']): Field => ({ id, key: id, type, label: id });

function prototypeWith(fields: Field[]) {
  const prototype = newPrototypeContent('Carte de stationnement', 'proto-1');
  prototype.form.pages[0]!.fields = fields;
  return prototype;
}

async function defaultGraph(xml: string): Promise<ProcessGraph> {
  const read = await readProcessGraph(xml);
  if (!read.ok) throw new Error(read.error);
  return read.graph;
}

describe('prototypeFacts', () => {
  it('counts the fields that ask something and the uploads, not sections or explanations', async () => {
    const prototype = prototypeWith([
      field('name', 'shortText'),
      field('proof', 'file'),
      field('intro', 'explanation'),
      { ...field('section', 'section'), fields: [field('birth', 'date')] },
    ]);
    const facts = prototypeFacts(prototype, await defaultGraph(prototype.process.bpmnXml));
    expect(facts).toMatchObject({ answerFields: 3, uploadFields: 1, counterSteps: [] });
    expect(facts.requesterStatuses).toBeGreaterThan(0);
    expect(facts.decisionChannels).toEqual(['email']);
  });

  it('finds the steps that need the requester in person, by name, lane or notes', () => {
    const graph: ProcessGraph = {
      elements: [
        { id: 'a', type: 'bpmn:UserTask', kind: 'task', name: 'Retrait du titre au guichet' },
        {
          id: 'b',
          type: 'bpmn:UserTask',
          kind: 'task',
          name: 'Vérifier',
          lane: 'Accueil physique',
        },
        { id: 'c', type: 'bpmn:UserTask', kind: 'task', name: 'Instruire', notes: 'rendez-vous' },
        { id: 'd', type: 'bpmn:UserTask', kind: 'task', name: 'Décider' },
        { id: 'e', type: 'bpmn:ExclusiveGateway', kind: 'gateway', name: 'Guichet ?' },
      ],
      flows: [],
    };
    const facts = prototypeFacts(prototypeWith([field('name', 'shortText')]), graph);
    expect(facts.counterSteps).toEqual(['Retrait du titre au guichet', 'Vérifier', 'Instruire']);
  });
});

describe('proposeLevel', () => {
  const online = {
    prototypeId: 'p',
    answerFields: 4,
    uploadFields: 1,
    counterSteps: [],
    requesterStatuses: 5,
    decisionChannels: ['email' as const],
  };

  it('proposes 4 when nothing needs a visit and the request is followed and decided online', () => {
    expect(proposeLevel(online)).toEqual({
      level: 4,
      reasons: [
        { code: 'onlineForm', uploads: 1 },
        { code: 'noCounterStep' },
        { code: 'onlineTracking' },
        { code: 'decisionOnline' },
      ],
    });
  });

  it('proposes 3 when a step happens at the counter, and names it', () => {
    const proposal = proposeLevel({ ...online, counterSteps: ['Retrait au guichet'] });
    expect(proposal.level).toBe(3);
    expect(proposal.reasons).toContainEqual({
      code: 'counterSteps',
      steps: ['Retrait au guichet'],
    });
  });

  it('proposes 3 when the decision only goes by post', () => {
    const proposal = proposeLevel({ ...online, decisionChannels: ['letter'] });
    expect(proposal.level).toBe(3);
    expect(proposal.reasons).toContainEqual({ code: 'decisionNotOnline' });
  });

  it('proposes 3 when the requester cannot follow the request online', () => {
    const proposal = proposeLevel({ ...online, requesterStatuses: 0 });
    expect(proposal.level).toBe(3);
    expect(proposal.reasons).toContainEqual({ code: 'noOnlineTracking' });
  });

  it('proposes 1 when the form asks nothing yet', () => {
    expect(proposeLevel({ ...online, answerFields: 0 })).toEqual({
      level: 1,
      reasons: [{ code: 'noFormFields' }],
    });
  });

  it('a service made of several prototypes is at the level of the least online one', () => {
    const four = proposeLevel(online);
    const three = proposeLevel({ ...online, decisionChannels: [] });
    expect(combinedProposal([four, three])).toBe(three);
    expect(combinedProposal([])).toBeUndefined();
  });

  it('a new prototype with one field and the default process and tracking is level 4', async () => {
    const prototype = prototypeWith([field('name', 'shortText')]);
    const facts = prototypeFacts(prototype, await defaultGraph(prototype.process.bpmnXml));
    expect(proposeLevel(facts).level).toBe(4);
  });
});
