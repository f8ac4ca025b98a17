import { describe, expect, it } from 'vitest';
import {
  evaluationDocument,
  evaluationGaps,
  evaluationWording,
} from '../../../../src/domain/going-further/adoption/evaluation';
import {
  answerEvaluation,
  reviewObjective,
} from '../../../../src/domain/going-further/adoption/evaluationChanges';
import { adoptionSchema } from '../../../../src/domain/going-further/adoption/schema';
import type { Objective } from '../../../../src/domain/frame/schema';

const words = evaluationWording.fr;
const objectives: Objective[] = [
  { id: 'o1', objective: 'Réduire les délais', indicator: 'Délai moyen', target: '10 jours' },
  { id: 'o2', objective: '80 % en ligne', indicator: 'Part des demandes en ligne', target: '80 %' },
];

describe('the evaluation after launch', () => {
  it('is drafted from what was recorded: answers per term, each objective with its observed value', () => {
    let adoption = answerEvaluation(
      {},
      { term: 'short', question: 'strengths', text: 'Plus de files d’attente.' },
    );
    adoption = reviewObjective(adoption, {
      term: 'short',
      objectiveId: 'o1',
      changes: { observed: '12 jours', outcome: 'partly' },
    });
    expect(adoptionSchema.safeParse(adoption).success).toBe(true);
    const document = evaluationDocument(objectives, adoption.evaluation, words);
    expect(document.title).toBe('Évaluation après la mise en ligne');
    expect(document.blocks).toContainEqual({ kind: 'paragraph', text: 'Plus de files d’attente.' });
    const [short, mid] = document.blocks.filter((b) => b.kind === 'table');
    expect(short?.kind === 'table' && short.rows).toEqual([
      ['Réduire les délais', 'Délai moyen', '10 jours', '12 jours', 'En partie', ''],
      ['80 % en ligne', 'Part des demandes en ligne', '80 %', '', 'Non évalué', ''],
    ]);
    expect(mid?.kind === 'table' && mid.caption).toBe('Objectifs du cadrage — À moyen terme');
  });

  it('asks why an objective was not reached', () => {
    let adoption = reviewObjective(
      {},
      { term: 'mid', objectiveId: 'o2', changes: { outcome: 'missed' } },
    );
    expect(evaluationGaps(objectives, adoption.evaluation, 'mid', words)).toEqual([
      'L’objectif « 80 % en ligne » n’est pas entièrement atteint : dites pourquoi.',
    ]);
    adoption = reviewObjective(adoption, {
      term: 'mid',
      objectiveId: 'o2',
      changes: { why: 'Peu connu.' },
    });
    expect(evaluationGaps(objectives, adoption.evaluation, 'mid', words)).toEqual([]);
    expect(evaluationGaps(objectives, adoption.evaluation, 'short', words)).toEqual([]);
  });

  it('changes nothing when nothing differs, and clears an outcome', () => {
    const answered = answerEvaluation({}, { term: 'short', question: 'results', text: 'x' });
    expect(answerEvaluation(answered, { term: 'short', question: 'results', text: 'x' })).toBe(
      answered,
    );
    const reviewed = reviewObjective(
      {},
      { term: 'short', objectiveId: 'o1', changes: { outcome: 'reached' } },
    );
    expect(
      reviewObjective(reviewed, {
        term: 'short',
        objectiveId: 'o1',
        changes: { outcome: 'reached' },
      }),
    ).toBe(reviewed);
    const cleared = reviewObjective(reviewed, {
      term: 'short',
      objectiveId: 'o1',
      changes: { outcome: undefined },
    });
    expect(cleared.evaluation?.short?.objectives).toEqual([
      { objectiveId: 'o1', observed: '', why: '' },
    ]);
  });

  it('reads without any objective in the frame', () => {
    const document = evaluationDocument([], undefined, words);
    expect(
      document.blocks.filter((b) => b.kind === 'paragraph' && b.text === words.noObjectives),
    ).toHaveLength(2);
  });
});
