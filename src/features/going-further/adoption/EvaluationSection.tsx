import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { answerEvaluation, reviewObjective } from '../../../domain/going-further/adoption/commands';
import {
  evaluationDocument,
  evaluationGaps,
  evaluationWording,
  objectiveReviews,
} from '../../../domain/going-further/adoption/evaluation';
import type { ObjectiveReview } from '../../../domain/going-further/adoption/schema';
import {
  ADOPTION_TEXT_MAX,
  evaluationQuestions,
  evaluationTerms,
  objectiveOutcomes,
  type EvaluationTerm,
} from '../../../domain/going-further/adoption/vocabulary';
import { withEvaluationForm } from '../../../domain/going-further/adoption/questionnaire';
import { questionnaireWording } from '../../../domain/going-further/adoption/questionnaireWording';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { EvaluationFormPart } from './EvaluationFormPart';
import { useAdoption, useDocumentLanguage } from './useAdoption';

const noObjectives: never[] = [];

/**
 * The evaluation after launch, at short and mid term: the method's questions, and each
 * objective of the project frame with its observed value; a missed one asks why.
 */
export function EvaluationSection() {
  const { t } = useTranslation('goingFurther-adoption');
  const objectives = useEditorStore((state) => state.prototype?.frame?.objectives ?? noObjectives);
  const { evaluation, evaluationForm } = useAdoption();
  const language = useDocumentLanguage();
  const words = evaluationWording[language];
  const [term, setTerm] = useState<EvaluationTerm>('short');
  const answers = evaluation?.[term]?.answers ?? {};
  const reviews = objectiveReviews(objectives, evaluation, term);
  const gaps = evaluationGaps(objectives, evaluation, term, words);
  const review = (objectiveId: string, changes: Partial<Omit<ObjectiveReview, 'objectiveId'>>) =>
    execute(reviewObjective({ term, objectiveId, changes }));
  const document = withEvaluationForm(
    evaluationDocument(objectives, evaluation, words),
    evaluationForm,
    questionnaireWording[language],
  );
  return (
    <>
      <SelectField
        label={t('evaluation.term')}
        value={term}
        options={evaluationTerms.map((value) => ({ value, label: words.terms[value] }))}
        onChange={setTerm}
      />
      <section aria-labelledby="adoption-evaluation-questions">
        <h3 id="adoption-evaluation-questions">{t('evaluation.questions')}</h3>
        {evaluationQuestions.map((question) => (
          <TextField
            key={`${term}:${question}`}
            label={words.questions[question]}
            value={answers[question] ?? ''}
            maxLength={ADOPTION_TEXT_MAX}
            multiline
            onChange={(text) => execute(answerEvaluation({ term, question, text }))}
          />
        ))}
      </section>
      <section aria-labelledby="adoption-evaluation-objectives">
        <h3 id="adoption-evaluation-objectives">{t('evaluation.objectives')}</h3>
        {reviews.length === 0 && <p>{t('evaluation.noObjectives')}</p>}
        {reviews.map(({ objective, review: current }) => (
          <fieldset key={`${term}:${objective.id}`} className="adoption__audience">
            <legend>
              {t('evaluation.objective', {
                objective: objective.objective,
                indicator: objective.indicator,
                target: objective.target,
              })}
            </legend>
            <TextField
              label={t('evaluation.observed')}
              value={current.observed}
              maxLength={500}
              onChange={(observed) => review(objective.id, { observed })}
            />
            <SelectField
              label={t('evaluation.outcome')}
              value={current.outcome ?? ''}
              options={[
                { value: '', label: t('evaluation.notAssessed') },
                ...objectiveOutcomes.map((value) => ({ value, label: words.outcomes[value] })),
              ]}
              onChange={(outcome) => review(objective.id, { outcome: outcome || undefined })}
            />
            <TextField
              label={t('evaluation.why')}
              value={current.why}
              maxLength={ADOPTION_TEXT_MAX}
              multiline
              rows={2}
              onChange={(why) => review(objective.id, { why })}
            />
          </fieldset>
        ))}
        {gaps.length > 0 && (
          <ul className="banner banner--warning">
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        )}
      </section>
      <EvaluationFormPart />
      <section aria-label={document.title} className="adoption__document">
        <DocumentActions document={document} fileName="evaluation" />
        <DocumentView document={document} titleLevel={3} />
      </section>
    </>
  );
}
