import { describe, expect, it } from 'vitest';
import { roleGuide, roleGuides } from '../../../../src/domain/going-further/adoption/guide';
import { isRightAnswer, roleQuiz } from '../../../../src/domain/going-further/adoption/quiz';
import { adoptionWording } from '../../../../src/domain/going-further/adoption/wording';
import { defaultTracking } from '../../../../src/domain/tracking/defaults';
import type { Tracking } from '../../../../src/domain/tracking/schema';
import { defaultGraph } from './defaultProcess';

const words = adoptionWording.fr;

describe('roleQuiz', () => {
  it('gives every question exactly one right answer, the one the process says', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const items = roleGuides(graph, tracking).flatMap((guide) =>
      roleQuiz(guide, graph, tracking, words),
    );
    const questions = items.filter((item) => item.kind === 'question');
    expect(questions.length).toBeGreaterThan(5);
    for (const question of questions) {
      const right = question.options.filter((option) => option.correct);
      expect(right).toHaveLength(1);
      const element = graph.elements.find((e) => e.id === question.stepId);
      const expected =
        question.topic === 'status'
          ? tracking.statuses.find((s) => s.id === element?.statusId)?.label
          : words.days(element?.delayDays ?? -1);
      expect(right[0]?.text).toBe(expected);
      const texts = question.options.map((option) => option.text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      expect(question.options.length).toBeLessThanOrEqual(4);
    }
  });

  it('asks what the requester sees after the request for documents, with the likeliest mistakes', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const quiz = roleQuiz(roleGuide(graph, tracking, 'Agent instructeur'), graph, tracking, words);
    const item = quiz.find((q) => q.id === 'Task_RequestDocuments:status');
    expect(item?.kind).toBe('question');
    if (item?.kind !== 'question') return;
    expect(item.question).toBe(
      'Quel statut voit le demandeur après l’étape « Demander les pièces manquantes » ?',
    );
    const right = item.options.find((o) => o.correct);
    expect(right?.text).toBe('En attente de vos pièces');
    expect(isRightAnswer(item, right?.id ?? '')).toBe(true);
    const wrong = item.options.filter((o) => !o.correct).map((o) => o.text);
    expect(wrong).toContain('En cours de vérification');
    expect(wrong).toContain('Classée sans suite');
    expect(isRightAnswer(item, item.options.find((o) => !o.correct)?.id ?? '')).toBe(false);
    expect(isRightAnswer(item, 'not-an-option')).toBe(false);
  });

  it('puts a note instead of a question that could not be wrong (a single status)', async () => {
    const graph = await defaultGraph();
    const base = defaultTracking();
    const single: Tracking = {
      ...base,
      statuses: base.statuses.map((s) => ({ ...s, label: 'En cours' })),
    };
    const quiz = roleQuiz(roleGuide(graph, single, 'Agent instructeur'), graph, single, words);
    const statusItems = quiz.filter((item) => item.id.endsWith(':status'));
    expect(statusItems.length).toBeGreaterThan(0);
    for (const item of statusItems) {
      expect(item.kind).toBe('note');
    }
    expect(quiz.find((item) => item.id === 'Task_CheckCompleteness:status')).toMatchObject({
      kind: 'note',
      text: 'Pas de question sur le statut pour « Vérifier la complétude du dossier » : le prototype n’a pas d’autre statut à proposer comme mauvaise réponse.',
    });
  });

  it('notes a step that changes no status instead of asking about it', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const quiz = roleQuiz(roleGuide(graph, tracking, 'Agent instructeur'), graph, tracking, words);
    expect(quiz.find((item) => item.stepId === 'Event_DocumentsReceived')).toMatchObject({
      kind: 'note',
      text: 'Pas de question sur le statut pour « Pièces reçues » : cette étape ne change pas le statut.',
    });
  });

  it('keeps the right answer at the same place from one generation to the next', async () => {
    const graph = await defaultGraph();
    const tracking = defaultTracking();
    const guide = roleGuide(graph, tracking, 'Agent instructeur');
    expect(roleQuiz(guide, graph, tracking, words)).toEqual(
      roleQuiz(guide, graph, tracking, words),
    );
  });
});
