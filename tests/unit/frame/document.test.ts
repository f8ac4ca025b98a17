import { describe, expect, it } from 'vitest';
import type { DocumentBlock, FabrikDocument } from '../../../src/domain/documents/model';
import { frameDocument, type FrameDocumentWords } from '../../../src/domain/frame/document';
import { emptyImpacts } from '../../../src/domain/frame/empty';
import type { Frame } from '../../../src/domain/frame/schema';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';

/** Words that show which string and which values were used, whatever the language. */
const words: FrameDocumentWords = {
  t: (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key),
  amount: (euros) => `${euros} €`,
  date: (isoDate) => `day ${isoDate}`,
};

const blank = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));

const answered: Frame = {
  stakeholders: [
    { id: 's1', kind: 'agents', name: 'Service stationnement', role: 'instruit' },
    { id: 's2', kind: 'elected', name: '  ', role: 'not named yet' },
  ],
  where: { territory: 'commune', territoryName: 'Villeneuve' },
  when: { deadline: '2027-06-30', basis: 'legal', reference: 'Décret n° 2026-12' },
  how: { means: 'Plateforme de démarches', delivery: 'integrator' },
  budget: [
    { id: 'b1', item: 'Licence', amount: 12000 },
    { id: 'b2', item: 'Formation' },
  ],
  objectives: [{ id: 'o1', objective: 'Réduire les délais', indicator: '', target: '5 jours' }],
};

const framed: Prototype = {
  ...blank,
  purpose: { ...blank.purpose, statement: 'Délivrer la carte', owningService: 'Police municipale' },
  frame: answered,
  impacts: {
    ...emptyImpacts(),
    agents: [
      {
        id: 'a1',
        role: 'Instructeur',
        before: 'Dossiers papier',
        workload: '',
        means: '',
        responsibilities: '',
        owner: 'Cheffe de service',
        action: 'Former',
      },
      {
        id: 'a2',
        role: 'Ancien guichet',
        before: 'Saisie',
        workload: '',
        means: '',
        responsibilities: '',
        owner: '',
        action: '',
      },
    ],
    requesters: { ...emptyImpacts().requesters, channels: { online: 80, counter: 20 } },
  },
};

const roles = [
  {
    role: 'Instructeur',
    steps: [
      { id: 't1', name: 'Vérifier', delayDays: 2 },
      { id: 't2', name: '' },
    ],
    totalDelayDays: 2,
  },
  { role: 'Élu', steps: [], totalDelayDays: 0 },
];

const tables = (doc: FabrikDocument) =>
  doc.blocks.filter(
    (block): block is Extract<DocumentBlock, { kind: 'table' }> => block.kind === 'table',
  );
const headings = (doc: FabrikDocument) =>
  doc.blocks.flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${block.text}`] : []));
const lines = (doc: FabrikDocument) =>
  doc.blocks.flatMap((block) =>
    block.kind === 'list' ? block.items : block.kind === 'paragraph' ? [block.text] : [],
  );

describe('frameDocument', () => {
  it('is titled after the prototype and follows the screen: frame, impacts, open questions', () => {
    const doc = frameDocument(framed, roles, words);
    expect(doc.title).toBe('document.title {"name":"Carte de stationnement"}');
    expect(headings(doc)).toEqual([
      '1 document.frame',
      '2 parts.who',
      '2 parts.what',
      '2 parts.where',
      '2 parts.when',
      '2 parts.how',
      '2 parts.howMuch',
      '2 parts.why',
      '1 parts.impacts',
      '2 impacts.agents.title',
      '3 Instructeur',
      '3 Élu',
      '3 Ancien guichet',
      '2 impacts.requesters.title',
      '2 impacts.budget.title',
      '1 questions.title',
    ]);
  });

  it('writes stakeholders, budget with its total, and objectives as tables', () => {
    const [stakeholders, budget, objectives, channels] = tables(
      frameDocument(framed, roles, words),
    );
    // A stakeholder with no name yet is not one.
    expect(stakeholders?.rows).toEqual([['who.kinds.agents', 'Service stationnement', 'instruit']]);
    expect(budget?.rows).toEqual([
      ['Licence', '12000 €'],
      ['Formation', 'document.empty'],
      ['document.total', '12000 €'],
    ]);
    expect(objectives?.rows).toEqual([['Réduire les délais', 'document.empty', '5 jours']]);
    expect(channels?.rows).toEqual([
      ['impacts.requesters.channelNames.online', '80 %'],
      ['impacts.requesters.channelNames.counter', '20 %'],
    ]);
  });

  it('says what, where, when and how, from the purpose and the frame', () => {
    const text = lines(frameDocument(framed, roles, words));
    const pair = (label: string, value: string) =>
      `document.pair ${JSON.stringify({ label, value })}`;
    expect(text).toContain(pair('what.statement', 'Délivrer la carte'));
    expect(text).toContain(pair('what.outOfScope', 'document.empty'));
    expect(text).toContain(pair('where.owningService', 'Police municipale'));
    expect(text).toContain(pair('where.territory', 'where.territories.commune'));
    expect(text).toContain(pair('when.deadline', 'day 2027-06-30'));
    expect(text).toContain(pair('when.basis', 'when.bases.legal'));
    expect(text).toContain(pair('how.delivery', 'how.deliveries.integrator'));
  });

  it('gives each role its work after the change, and keeps the impacts of a role the process lost', () => {
    const text = lines(frameDocument(framed, roles, words));
    expect(text).toContain('impacts.agents.step {"name":"Vérifier","days":2}');
    expect(text).toContain('impacts.agents.stepNoDelay {"name":"impacts.agents.unnamed"}');
    expect(text).toContain('impacts.agents.noStep');
    expect(text).toContain('impacts.agents.gone');
    expect(text).toContain(
      `document.pair ${JSON.stringify({ label: 'impacts.agents.before', value: 'Dossiers papier' })}`,
    );
  });

  it('draws the shares of requests per channel, with the shares in the picture’s text', () => {
    const doc = frameDocument(framed, roles, words);
    const images = doc.blocks.filter((block) => block.kind === 'image');
    expect(images).toHaveLength(1);
    const [chart] = images;
    // Said in full by a screen reader and in Word: every channel with its share.
    expect(chart?.alt).toMatch(/^document\.channelsChart .*online.*80.*separator.*counter.*20/);
    expect(chart?.svg).toMatch(/^<svg [\s\S]*>80 %<[\s\S]*>20 %</);
  });

  it('lists what is still open, with its words', () => {
    const text = lines(frameDocument(framed, roles, words));
    expect(text).toContain('frame:questions.indicator {"objective":"Réduire les délais"}');
    expect(text).toContain('frame:questions.amount {"item":"Formation"}');
  });

  it('reads for a prototype with no frame: every part says it is not answered', () => {
    const doc = frameDocument(blank, [], words);
    expect(tables(doc)).toEqual([]);
    const text = lines(doc);
    expect(text).toContain('document.noStakeholder');
    expect(text).toContain('document.noBudget');
    expect(text).toContain('document.noObjective');
    expect(text).toContain('impacts.agents.none');
    expect(text).toContain('frame:questions.who');
  });
});
