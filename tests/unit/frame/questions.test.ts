import { describe, expect, it } from 'vitest';
import {
  addFrameItem,
  setFrameSection,
  setImpactSection,
} from '../../../src/domain/frame/commands';
import { emptyFrame } from '../../../src/domain/frame/empty';
import { isFrameComplete } from '../../../src/domain/frame/progress';
import { budgetTotal, openQuestions } from '../../../src/domain/frame/questions';
import { frameReadiness } from '../../../src/domain/frame/readiness';
import type { Frame } from '../../../src/domain/frame/schema';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';

const blank = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));

const answered: Frame = {
  stakeholders: [{ id: 's1', kind: 'agents', name: 'Service stationnement', role: 'instruit' }],
  where: { territory: 'commune', territoryName: 'Villeneuve' },
  when: { deadline: '2027-06-30', basis: 'legal', reference: 'Décret n° 2026-12' },
  how: { means: 'Plateforme de démarches', delivery: 'integrator' },
  budget: [{ id: 'b1', item: 'Licence', amount: 12000 }],
  objectives: [
    { id: 'o1', objective: 'Réduire les délais', indicator: 'Délai moyen', target: '5 jours' },
  ],
};

const framed: Prototype = {
  ...blank,
  purpose: { ...blank.purpose, statement: 'Délivrer la carte', owningService: 'Police municipale' },
  frame: answered,
};

const keys = (prototype: Prototype) =>
  openQuestions(prototype.frame, prototype).map((question) => question.messageKey);

describe('the open questions of the project frame', () => {
  it('are all open on a prototype that has no frame, in the order of the screen', () => {
    expect(keys(blank)).toEqual([
      'frame:questions.who',
      'frame:questions.what',
      'frame:questions.owningService',
      'frame:questions.territory',
      'frame:questions.deadline',
      'frame:questions.basis',
      'frame:questions.means',
      'frame:questions.delivery',
      'frame:questions.budgetLines',
      'frame:questions.objectives',
    ]);
    expect(isFrameComplete(blank)).toBe(false);
  });

  it('are none once every part is answered, and the step is then done', () => {
    expect(keys(framed)).toEqual([]);
    expect(isFrameComplete(framed)).toBe(true);
  });

  it('ask for the text that sets a deadline, by what sets it', () => {
    const noText = {
      ...framed,
      frame: { ...answered, when: { ...answered.when, reference: ' ' } },
    };
    expect(keys(noText)).toEqual(['frame:questions.reference.legal']);
    const internal = setFrameSection({ section: 'when', changes: { basis: 'internal' } }).apply(
      noText,
    );
    expect(keys(internal)).toEqual(['frame:questions.reference.internal']);
  });

  it('ask each objective for its indicator and its target, naming it', () => {
    const vague = addFrameItem({
      list: 'objectives',
      item: { id: 'o2', objective: ' Zéro papier ', indicator: '', target: '' },
    }).apply(framed);
    expect(openQuestions(vague.frame, vague)).toEqual([
      {
        part: 'why',
        messageKey: 'frame:questions.indicator',
        itemId: 'o2',
        params: { objective: 'Zéro papier' },
      },
      {
        part: 'why',
        messageKey: 'frame:questions.target',
        itemId: 'o2',
        params: { objective: 'Zéro papier' },
      },
    ]);
  });

  it('ignore empty rows, and ask a budget line for its amount', () => {
    const rows: Prototype = {
      ...framed,
      frame: {
        ...answered,
        stakeholders: [{ id: 's2', kind: 'it', name: '  ', role: '' }],
        budget: [{ id: 'b2', item: 'Formation' }],
        objectives: [{ id: 'o3', objective: '', indicator: '', target: '' }],
      },
    };
    expect(keys(rows)).toEqual([
      'frame:questions.who',
      'frame:questions.amount',
      'frame:questions.objectives',
    ]);
    expect(budgetTotal(emptyFrame())).toBe(0);
    expect(
      budgetTotal({
        ...answered,
        budget: [...answered.budget, { id: 'b3', item: 'x', amount: 500.5 }],
      }),
    ).toBe(12500.5);
  });

  it('ask that the shares of requests per channel total 100 % and that impacts have an owner and an action', () => {
    const channels = setImpactSection({
      section: 'requesters',
      changes: { channels: { online: 70, phone: 20 }, owner: 'Accueil', action: 'Ateliers' },
    }).apply(framed);
    expect(openQuestions(channels.frame, channels)).toEqual([
      { part: 'impacts.requesters', messageKey: 'frame:questions.channels', params: { total: 90 } },
    ]);
    const full = setImpactSection({
      section: 'requesters',
      changes: { channels: { online: 70, phone: 20, counter: 10 } },
    }).apply(channels);
    expect(keys(full)).toEqual([]);
    const costed = setImpactSection({ section: 'budget', changes: { currentCost: '2 ETP' } }).apply(
      full,
    );
    expect(keys(costed)).toEqual(['frame:questions.budget.owner', 'frame:questions.budget.action']);
  });

  it('are warnings of the review checklist, filed under the frame', () => {
    const issues = frameReadiness(blank);
    expect(issues).toHaveLength(10);
    expect(issues.every((issue) => issue.severity === 'warning' && issue.step === 'frame')).toBe(
      true,
    );
  });
});
