import type { Adoption, EvaluationQuestion, EvaluationTerm, ObjectiveReview } from './schema';

type Term = NonNullable<NonNullable<Adoption['evaluation']>[EvaluationTerm]>;

function withTerm(adoption: Adoption, term: EvaluationTerm, change: (t: Term) => Term): Adoption {
  const evaluation = adoption.evaluation ?? {};
  const current = evaluation[term] ?? { answers: {}, objectives: [] };
  const next = change(current);
  if (next === current) return adoption;
  return { ...adoption, evaluation: { ...evaluation, [term]: next } };
}

/** Answers one of the method's questions at one term. */
export function answerEvaluation(
  adoption: Adoption,
  { term, question, text }: { term: EvaluationTerm; question: EvaluationQuestion; text: string },
): Adoption {
  return withTerm(adoption, term, (current) =>
    (current.answers[question] ?? '') === text
      ? current
      : { ...current, answers: { ...current.answers, [question]: text } },
  );
}

/** Records where one of the frame's objectives stands at one term. */
export function reviewObjective(
  adoption: Adoption,
  {
    term,
    objectiveId,
    changes,
  }: {
    term: EvaluationTerm;
    objectiveId: string;
    changes: Partial<Omit<ObjectiveReview, 'objectiveId'>>;
  },
): Adoption {
  return withTerm(adoption, term, (current) => {
    const index = current.objectives.findIndex((review) => review.objectiveId === objectiveId);
    const existing = current.objectives[index] ?? { objectiveId, observed: '', why: '' };
    const entries = Object.entries(changes) as [keyof ObjectiveReview, unknown][];
    if (index >= 0 && entries.every(([key, value]) => existing[key] === value)) return current;
    const next: ObjectiveReview = { ...existing };
    for (const [key, value] of entries) {
      if (value === undefined) delete next[key];
      else (next as Record<string, unknown>)[key] = value;
    }
    return {
      ...current,
      objectives: index >= 0 ? current.objectives.with(index, next) : [...current.objectives, next],
    };
  });
}
