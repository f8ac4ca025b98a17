import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { Objective } from '../../frame/schema';
import type { Evaluation, ObjectiveReview } from './schema';
import {
  evaluationQuestions,
  evaluationTerms,
  type EvaluationQuestion,
  type EvaluationTerm,
} from './vocabulary';
import type { DocumentLanguage } from './wording';

export interface EvaluationWording {
  title: string;
  terms: Record<EvaluationTerm, string>;
  questions: Record<EvaluationQuestion, string>;
  unanswered: string;
  objectivesCaption: (term: string) => string;
  objectivesColumns: [string, string, string, string, string, string];
  noObjectives: string;
  outcomes: Record<NonNullable<ObjectiveReview['outcome']>, string>;
  notAssessed: string;
  missedWithoutWhy: (objective: string) => string;
}

const fr: EvaluationWording = {
  title: 'Évaluation après la mise en ligne',
  terms: { short: 'À court terme', mid: 'À moyen terme' },
  questions: {
    answeredRequest: 'Les actions menées ont-elles répondu à la demande initiale ?',
    strengths: 'Quels sont les points forts ?',
    sensitivePoints: 'Quels sont les points sensibles ?',
    blockers: 'Qu’est-ce qui a bloqué, et comment cela a-t-il été résolu ?',
    results: 'Quels résultats ont été observés ?',
  },
  unanswered: 'Pas encore de réponse.',
  objectivesCaption: (term) => `Objectifs du cadrage — ${term}`,
  objectivesColumns: [
    'Objectif',
    'Indicateur',
    'Cible',
    'Valeur observée',
    'Atteint ?',
    'Pourquoi',
  ],
  noObjectives: 'Le cadrage ne fixe pas encore d’objectif.',
  outcomes: { reached: 'Atteint', partly: 'En partie', missed: 'Non atteint' },
  notAssessed: 'Non évalué',
  missedWithoutWhy: (objective) =>
    `L’objectif « ${objective} » n’est pas entièrement atteint : dites pourquoi.`,
};

const en: EvaluationWording = {
  title: 'Evaluation after launch',
  terms: { short: 'Short term', mid: 'Mid term' },
  questions: {
    answeredRequest: 'Did the actions answer the initial request?',
    strengths: 'What are the strengths?',
    sensitivePoints: 'What are the sensitive points?',
    blockers: 'What blocked, and how was it solved?',
    results: 'What results were observed?',
  },
  unanswered: 'Not answered yet.',
  objectivesCaption: (term) => `Objectives of the frame — ${term}`,
  objectivesColumns: ['Objective', 'Indicator', 'Target', 'Value observed', 'Reached?', 'Why'],
  noObjectives: 'The project frame sets no objective yet.',
  outcomes: { reached: 'Reached', partly: 'Partly', missed: 'Not reached' },
  notAssessed: 'Not assessed',
  missedWithoutWhy: (objective) => `The objective “${objective}” is not fully reached: say why.`,
};

export const evaluationWording: Record<DocumentLanguage, EvaluationWording> = { fr, en };

/** Each objective of the frame with where it stands at a term (nothing recorded yet: empty). */
export function objectiveReviews(
  objectives: readonly Objective[],
  evaluation: Evaluation | undefined,
  term: EvaluationTerm,
): { objective: Objective; review: ObjectiveReview }[] {
  const recorded = evaluation?.[term]?.objectives ?? [];
  return objectives.map((objective) => ({
    objective,
    review: recorded.find((r) => r.objectiveId === objective.id) ?? {
      objectiveId: objective.id,
      observed: '',
      why: '',
    },
  }));
}

/** What the evaluation still lacks at a term: an objective not reached with no reason given. */
export function evaluationGaps(
  objectives: readonly Objective[],
  evaluation: Evaluation | undefined,
  term: EvaluationTerm,
  words: EvaluationWording,
): string[] {
  return objectiveReviews(objectives, evaluation, term)
    .filter(
      ({ review }) =>
        (review.outcome === 'missed' || review.outcome === 'partly') && !review.why.trim(),
    )
    .map(({ objective }) => words.missedWithoutWhy(objective.objective.trim() || '—'));
}

/**
 * The evaluation as a document: per term, the method's questions with their answers, and
 * the frame's objectives with their indicator, target, observed value and outcome.
 */
export function evaluationDocument(
  objectives: readonly Objective[],
  evaluation: Evaluation | undefined,
  words: EvaluationWording,
): FabrikDocument {
  const blocks: DocumentBlock[] = evaluationTerms.flatMap((term): DocumentBlock[] => {
    const answers = evaluation?.[term]?.answers ?? {};
    const reviews = objectiveReviews(objectives, evaluation, term);
    return [
      { kind: 'heading', level: 1, text: words.terms[term] },
      ...evaluationQuestions.flatMap((question): DocumentBlock[] => [
        { kind: 'heading', level: 2, text: words.questions[question] },
        { kind: 'paragraph', text: answers[question]?.trim() || words.unanswered },
      ]),
      reviews.length === 0
        ? { kind: 'paragraph', text: words.noObjectives }
        : {
            kind: 'table',
            caption: words.objectivesCaption(words.terms[term]),
            columns: [...words.objectivesColumns],
            rows: reviews.map(({ objective, review }) => [
              objective.objective,
              objective.indicator,
              objective.target,
              review.observed,
              review.outcome ? words.outcomes[review.outcome] : words.notAssessed,
              review.why,
            ]),
          },
    ];
  });
  return { title: words.title, blocks };
}
